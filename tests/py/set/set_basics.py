# set basics (printed sorted for determinism)
s = {3, 1, 2}
s.add(4)
s.add(1)
print(sorted(s), len(s), 2 in s, 9 not in s)
s.discard(9)
s.discard(4)
s.remove(3)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__ + ":", e)
print(set(), sorted(set("hello")), sorted(set([1, 1, 2])), set() == set(), {1} == {1.0}, len(set(range(100))))
p = s.pop()
print(p in {1, 2}, len(s))
s.clear()
print(s, len(s))
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__ + ":", e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    set().add({})
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(repr({1}), repr(frozenset()), repr(frozenset({5})), type({1}).__name__, {(1, 2)})
t = {1, 2}
u = t.copy()
u.add(3)
print(sorted(t), sorted(u))
