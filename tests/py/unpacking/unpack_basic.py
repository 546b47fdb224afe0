# sequence unpacking
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = [1, 2], 3
print(p, q, r)
[s, t] = (5, 6)
print(s, t)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
i1, i2 = range(2)
print(i1, i2)
g1, g2 = (n * n for n in (3, 4))
print(g1, g2)
m = n = [0]
print(m is n)
def e1():
    a, b = 1, 2, 3
def e2():
    a, b = [1]
def e3():
    a, b = None
def e4():
    (a, b), c = 1, 2
for errcase in (e1, e2, e3, e4):
    try:
        errcase()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
