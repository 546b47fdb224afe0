# lambdas with all parameter kinds and defaults evaluated once
n = 10
f = lambda a, b=n, *args, c, d=n * 2, **kw: (a, b, args, c, d, sorted(kw))
n = 99
print(f(1, c=3), f(1, 2, 3, 4, c=5, d=6, e=7, f=8))
g = lambda *, k: k
print(g(k="kw only"))
h = lambda x, /: x
print(h("pos only"))
print((lambda: (lambda: (lambda: "deep")())())())
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=lambda t: t[1]))
