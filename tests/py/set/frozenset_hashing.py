# frozenset: hashable, usable as dict key and set element
f = frozenset([1, 2, 3])
g = frozenset([3, 2, 1])
print(f == g, hash(f) == hash(g), len({f, g}), f in {g: 1})
nested = {frozenset({1}), frozenset({1, 2}), frozenset()}
print(sorted(sorted(x) for x in nested))
print(frozenset() == set(), hash(frozenset()) == hash(frozenset([])))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__ + ":", e)
d = {frozenset("ab"): "ab"}
print(d[frozenset("ba")])
print(sorted(f | {4}), type(f | {4}).__name__, type(f.copy()).__name__, f.copy() is f)
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__ + ":", e)
print({1, 2} in {frozenset({1, 2})}, frozenset({1, 2}) in [{1, 2}])
