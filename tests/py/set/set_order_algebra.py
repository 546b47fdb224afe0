# Iteration order of the results of set algebra (union, intersection,
# difference, symmetric difference, in place and as methods).
def mk(items):
    s = set()
    for x in items:
        s.add(x)
    return s

a = mk([1, 2, 3, 40, 50, 99, -7, 2**33, 17])
b = mk([3, 40, 99, 1000, -7, 65, 129, 8])
c = frozenset([50, 1000, 2, 8, 16, 24, 32])
print(a | b, b | a, a & b, b & a)
print(a - b, b - a, a ^ b, b ^ a)
print(c | a, c & a, c - a, c ^ a, type(c | a).__name__)
print(a.union([77, 5, 13], b, c), a.intersection(range(0, 100)), a.intersection(b, c))
print(a.difference([1, 2], c), a.symmetric_difference([5, 3, 2, 64]))
print(a.symmetric_difference({9: 0, 40: 0, 33: 0}), a.difference({1: 0, 17: 0}))
print(a.union(), a.intersection(), a.difference())
for op in ("|=", "&=", "-=", "^="):
    d = a.copy()
    exec("d " + op + " b")
    print(op, d)
d = a.copy()
d.update([100, 200, 300], {-1, -2}, range(5))
print(d)
d = a.copy()
d.intersection_update(range(-10, 60), b)
print(d)
d = a.copy()
d.difference_update([3, 17], range(40, 60))
print(d)
d = a.copy()
d.symmetric_difference_update([1, 1000, 2000, 17])
print(d)
big = set(range(0, 400, 3))
big -= mk([0, 3, 9, 12, 27, 300, 5])
print(len(big), list(big)[:20])
small = mk([3, 6, 7, 8, 100, 99])
small -= big
print(small, small & big, big & small)
t1 = mk([(i, -i) for i in range(12)])
t2 = mk([(i, -i) for i in range(6, 20)])
print(t1 & t2, t1 ^ t2)
x = mk(range(10))
print(x & x, x | x, x - x, x ^ x)
x &= x
print(x)
