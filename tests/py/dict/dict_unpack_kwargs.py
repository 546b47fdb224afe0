# ** unpacking with dicts
def f(**kw):
    return kw
print(f(**{"a": 1}, b=2), f(), f(**{}), f(**dict(x=1), **{"y": 2}))
def g(a, b=2, **rest):
    return a, b, rest
print(g(**{"a": 1}), g(**{"a": 1, "b": 3, "c": 4}), g(1, **{"z": 0}))
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    g(1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    f(**[("a", 1)])
except TypeError as e:
    print(type(e).__name__ + ":", e)
print({**{"a": 1}, **{"a": 2}}, dict(**{"k": 1}))
