# set and frozenset methods with several arguments, subclasses, set keys
s = {1, 2, 3}
print(sorted(s.union()), sorted(s.union([4], (5,), {6: 0})), sorted(s.intersection()), sorted(s.intersection([1, 2], "a")))
print(sorted(s.difference([1], [2])), sorted(s.symmetric_difference({3, 4})), s.issubset([1, 2, 3, 4]), s.issuperset(iter([1])))
t = set(s)
t.update("ab", [9])
t.difference_update([1], "a")
t.symmetric_difference_update([2, 10])
print(sorted(t, key=str))
u = {1, 2, 3}
u.intersection_update([1, 2], (2,))
print(u)
f = frozenset([1, 2])
print(type(f.union([3])).__name__, type(f.copy()).__name__, f.copy() is f, sorted(f.difference([1])))
class FS(frozenset):
    pass
fs = FS([1, 2])
print(type(fs | {3}).__name__, type(fs.copy()).__name__, fs.copy() is fs, hash(fs) == hash(frozenset([1, 2])), fs == {1, 2})
class S(set):
    pass
ss = S([1])
print(type(ss | {2}).__name__, type(ss.copy()).__name__, sorted(ss.union([5])))
try:
    hash(ss)
except TypeError as e:
    print(type(e).__name__ + ":", e)
w = {frozenset([1])}
print({1} in w, w.__contains__({1}))
w.remove({1})
print(w)
w.discard({2})
try:
    w.remove({3})
except KeyError as e:
    print(type(e).__name__ + ":", e)
try:
    w.add({3})
except TypeError as e:
    print(type(e).__name__ + ":", e)
p = {1, 2}
p |= {3}
p &= {1, 3, 5}
p ^= {5}
p -= {1}
print(sorted(p), p.__len__(), set.__contains__(p, 3))
x = {1, 2}
x -= x
print(x)
x = {1, 2}
x ^= x
print(x)
print(set.__or__({1}, [2]), set.__eq__({1}, [1]), {1}.__le__({1, 2}), frozenset({1}).__hash__() == hash(frozenset({1})))
try:
    {1} < [1]
except TypeError as e:
    print(type(e).__name__ + ":", e)
print({1, 2} == frozenset({1, 2}), {1} != {2}, {1} <= {1}, {1, 2} > {1}, {1} >= {2})
