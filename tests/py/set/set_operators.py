# set operators and methods
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference(b, {1})), sorted(a.symmetric_difference([1, 7])))
print(a <= a, a < a, {1} < a, a >= {1, 2}, a > a, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint(b), a.isdisjoint({9}))
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
c ^= {3, 1}
print(sorted(c))
d = set(a)
d.update([7], (8,))
d.intersection_update(range(5, 10), range(7, 9))
print(sorted(d))
e = {1, 2, 3}
e.difference_update({1})
e.symmetric_difference_update({3, 4})
print(sorted(e))
try:
    a | [1]
except TypeError as err:
    print(type(err).__name__ + ":", err)
try:
    a < [1]
except TypeError as err:
    print(type(err).__name__ + ":", err)
print(a == frozenset(a), type(a | frozenset()).__name__, type(frozenset() | a).__name__)
print(sorted(set("abc") | set("bcd")), sorted(set("abc") & set("bcd")))
