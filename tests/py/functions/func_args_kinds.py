# positional, keyword, defaults, *args, **kwargs, keyword-only, positional-only
def f(a, b, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)
print(f(1, 2, d=4))
print(f(1, 2, 30, 40, 50, d=4, z=9))
print(f(b=2, a=1, d=0, e=None))
def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
def kwonly(*, x, y=2):
    return x, y
print(kwonly(x=1), kwonly(y=0, x=9))
def star(*args):
    return args
print(star(), star(1), star(*[1, 2], 3, *(4,)))
def kws(**kw):
    return sorted(kw.items())
print(kws(), kws(a=1, b=2), kws(**{"x": 1}, y=2))
def defaults(a, b=[], c={}):
    return a, b, c
print(defaults(1), defaults.__defaults__, f.__kwdefaults__, defaults.__name__, f.__code__.co_argcount if hasattr(f, "__code__") else "")
def pos_default(a, b=2, /, c=3):
    return a, b, c
print(pos_default(1), pos_default(1, 5), pos_default(1, c=9))
