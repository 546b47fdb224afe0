# types.FunctionType(code, globals, name=None, argdefs=None, closure=None)
f = lambda: 0
FT = type(f)
for args in [(None, {}), (f.__code__, 5), (f.__code__, {}, 5), (f.__code__, {}, None, 5),
             (f.__code__, {}, None, None, 5), (f.__code__,)]:
    try:
        FT(*args)
    except Exception as e:
        print(type(e).__name__, e)


def outer():
    x = 1

    def inner():
        return x
    return inner


for clo in (None, (1,), ()):
    try:
        FT(outer().__code__, {}, None, None, clo)
    except Exception as e:
        print(type(e).__name__, e)
try:
    FT(f.__code__, {}, None, None, (1,))
except Exception as e:
    print(type(e).__name__, e)
g = FT(f.__code__, {"__name__": "mm"}, "nm", (1,))
print(g.__name__, g.__qualname__, g.__module__, g.__defaults__, g())
inner = outer()
h = FT(inner.__code__, {}, None, None, inner.__closure__)
print(h())


def uses_global():
    return a


f1 = FT(uses_global.__code__, {"a": 1})
f2 = FT(uses_global.__code__, {"a": 2})
print(f1(), f2(), type(f1) is FT)
