# comprehension scoping
x = "outer"
r = [x for x in range(3)]
print(x, r)
i = 100
_ = [i for i in range(2)]
print(i)
def f():
    y = 5
    return [y * k for k in range(3)]
print(f())
funcs = [lambda: k for k in range(3)]
print([fn() for fn in funcs])
class C:
    base = 10
    vals = [v * 2 for v in range(3)]
    first = [v for v in range(base)][:2]
print(C.vals, C.first)
print([(lambda q: q + 1)(n) for n in range(3)])
nested = [[(a, b) for b in range(a)] for a in range(3)]
print(nested)
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print(type(e).__name__ + ":", e)
