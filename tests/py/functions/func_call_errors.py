# argument binding error messages
def f(x):
    return x
def g(a, b):
    return a + b
def h(a, *, k):
    return a
def p(a, /, b):
    return a
def n():
    return 0
def d(a, b=1, *args, c, **kw):
    return a
class C:
    def m(self, x):
        return x
    @staticmethod
    def s(x):
        return x
cases = [
    lambda: f(),
    lambda: f(1, 2),
    lambda: g(1),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: g(1, c=2),
    lambda: g(1, a=2),
    lambda: h(1),
    lambda: h(1, 2),
    lambda: h(1, k=2, j=3),
    lambda: p(a=1, b=2),
    lambda: n(1),
    lambda: n(x=1),
    lambda: d(),
    lambda: d(1),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(1),
    lambda: C.s(),
    lambda: (lambda: 0)(1),
    lambda: (lambda x, y: 0)(1),
    lambda: f(*1),
    lambda: f(**1),
    lambda: g(1, 2, b=3),
    lambda: g(b=1, **{"b": 2}),
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs(x=1),
    lambda: int("1", 2, 3),
    lambda: isinstance(1),
    lambda: print(sep=1),
]
for c in cases:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(type(e).__name__ + ":", e)
