# Iteration order of set and frozenset displays, constructors and
# comprehensions (printed unsorted: the order is CPython's table layout).
print({3, 1, 2}, {10, 20, 30, 40, 50}, {-1, -2, 5, 100, 7, 8, 16})
print({2**61, 2**61 - 1, -(2**63), 10**20, -5, 0})
print({0.5, -2.25, 3.0, 7.5, 1e300, -0.0, 2.0**40})
print({(1, 2), (2, 1), (0, 0), (-1, 5), (3, (4, 5))})
print({True, False, 1, 0, 2, 1.0})
a = 10
print({a, 20, 30, 40, 50}, {a, 9, 17, 25, 33})
print([x for x in {100, 36, 4, 68, 132}], list({100, 36, 4, 68, 132}))
for x in {64, 32, 16, 8, 4, 2, 1, 128, 256}:
    print(x, end=" ")
print()
print(7 in {1, 7, 15, 23}, 8 not in {8, 16, 24})
print(set([50, 40, 30, 20, 10]), set((-3, -2, -1, 0, 1, 2, 3)))
print(set(range(20, 0, -1)), frozenset(range(-10, 10, 3)))
print(set(x * 37 for x in range(-12, 12)))
print({x * 64 for x in range(10)}, {x % 13 - 6 for x in range(40)})
print(set({9: 1, 1: 2, 17: 3, 33: 4, -8: 5}))
print({*range(8), *[1000, -1000], *(2**40,)})
print(frozenset([5, 3, 1000, 8]), set(frozenset([7, 15, 23, 31, 39, 47])))
s = {1, 17, 9}
s.remove(1)
s.remove(9)
s.add(25)
print(s)
big = set(range(0, 3000, 7))
print(len(big), list(big)[:12], list(big)[-12:])
print(list(set(range(-50, 50)))[:15])
