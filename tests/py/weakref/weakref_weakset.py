# WeakSet: the set API and members vanishing when they die.
import gc
import weakref
from weakref import WeakSet


class M:
    def __init__(self, n):
        self.n = n
        self.me = self

    def __repr__(self):
        return "M(%d)" % self.n


def show(s):
    return sorted(m.n for m in s)


ms = [M(i) for i in range(8)]
s = WeakSet(ms[:4])
t = WeakSet(ms[2:6])
print(len(s), show(s), ms[0] in s, ms[5] in s, 3 in s, "x" in s)
s.add(ms[6])
s.discard(ms[6])
s.discard(ms[7])
s.remove(ms[3])
try:
    s.remove(ms[3])
except KeyError as e:
    print("KeyError")
s.add(ms[3])
print(show(s), show(s | t), show(s & t), show(s - t), show(s ^ t))
print(show(s.union(t)), show(s.intersection(t)), show(s.difference(t)),
      show(s.symmetric_difference(t)))
print(s <= t, s >= WeakSet(ms[:2]), s < WeakSet(ms[:5]), s > WeakSet(ms[:2]),
      s.issubset(ms), s.issuperset(ms[1:3]), s.isdisjoint(t), s.isdisjoint(ms[6:]))
print(s == WeakSet(ms[:4]), s != t, s == set(ms[:4]))
try:
    hash(s)
except TypeError as e:
    print("TypeError:", e)
c = s.copy()
print(type(c).__name__, show(c))
c |= t
print(show(c))
c -= WeakSet(ms[:1])
print(show(c))
c &= ms[1:5]
print(show(c))
c ^= ms[3:7]
print(show(c))
c.update(ms[7:])
c.difference_update(ms[6:7])
c.intersection_update(ms[:])
c.symmetric_difference_update(ms[0:2])
print(show(c))
p = c.pop()
print(p.n in (0, 2, 4, 5, 7), len(c))
p = None
c.clear()
print(len(c), show(c))
try:
    c.pop()
except KeyError as e:
    print("KeyError:", e)
try:
    c.add(1)
except TypeError as e:
    print("TypeError:", e)


def collect():
    # Taipan scans native stacks conservatively: a stale word left by the
    # code that last handled an object can keep it alive through one
    # collection.  Unrelated native work overwrites such words first.
    sorted([str(i) for i in range(64)], key=len)
    "".join(repr(x) for x in [object() for _ in range(8)])
    gc.collect()


# members die
ms[0] = ms[2] = None
collect()
print(show(s), show(t), len(s), len(t))

# dying while iterating
ws = [M(i) for i in range(10)]
u = WeakSet(ws)
seen = 0
for m in u:
    if seen == 2:
        for j in range(10):
            if ws[j] is not m:
                ws[j] = None
        collect()
    seen += 1
print(seen >= 3, len(u), show(u) == [m.n])
m = None
ws = None
ms = None
collect()
print(len(s), len(t), len(u), list(s))
