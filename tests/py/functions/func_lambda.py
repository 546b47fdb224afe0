# lambdas
add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda *a, **k: (a, sorted(k)))(1, 2, x=3))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda x: x ** 2, range(5))))
print((lambda: (yield))().__class__.__name__ if False else "skip", (lambda x: lambda y: x * y)(3)(4))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print((lambda: "no args")(), (lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
