# keyword argument order is preserved in **kwargs
def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3), f(**{"b": 1, "a": 2}, c=3))
def g(*args, sep="-", **kw):
    return sep.join(map(str, args)) + str(kw)
print(g(1, 2, 3), g(1, sep="+", x=1), g())
def h(a, b, *rest, **opts):
    return a, b, rest, opts
args = [1, 2, 3, 4]
opts = {"x": 1}
print(h(*args, **opts), h(*args[:2]), h(0, *args, y=2, **opts))
print(print("nested", "print", sep="|", end="!\n"))
