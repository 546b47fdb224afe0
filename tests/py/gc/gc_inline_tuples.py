# Tuples keep their items inline in the heap object (no separate buffer):
# tuples of every size (small cells and large objects), tuple subclasses
# with an instance dict, struct sequences and named tuples keep their items
# and attributes through collections, while garbage is made around them.
import gc
import os
import time
from collections import namedtuple


def make(n, tag):
    # fresh objects as items, so a lost item shows up as wrong contents
    return tuple([tag, i, str(i) * (i % 3), [i]] if i % 7 == 0 else (tag, i) for i in range(n))


def check(t, n, tag):
    assert len(t) == n, (len(t), n)
    for i, x in enumerate(t):
        if i % 7 == 0:
            assert x == [tag, i, str(i) * (i % 3), [i]], (i, x)
        else:
            assert x == (tag, i), (i, x)


sizes = [0, 1, 2, 3, 5, 8, 13, 30, 253, 254, 255, 256, 257, 1000, 3000]
kept = []
for round_ in range(2):
    for n in sizes:
        kept.append((n, round_, make(n, round_)))
        make(n, -1)  # garbage of the same sizes
    gc.collect()
for n, r, t in kept:
    check(t, n, r)
print("sizes ok:", len(kept))

# Tuples that survive collections (old) and young tuples made afterwards
# that refer to them, and the other way round through a list.
old = tuple(tuple(range(i)) for i in range(50))
gc.collect()
young = [(old[i], str(i), (i, i + 1)) for i in range(50)]
for _ in range(5):
    [tuple(range(j)) for j in range(40)]
gc.collect()
print(all(y[0] == tuple(range(i)) and y[1] == str(i) and y[2] == (i, i + 1) for i, y in enumerate(young)))


class Rec(tuple):
    def total(self):
        return sum(x for x in self if isinstance(x, int))


recs = []
for n in (0, 1, 4, 255, 256, 600):
    r = Rec(range(n))
    r.label = "rec%d" % n
    r.extra = [n] * 3
    recs.append(r)
    Rec(range(n))  # garbage
gc.collect()
for _ in range(3):
    [Rec((i, str(i))) for i in range(100)]
for r in recs:
    print(type(r).__name__, len(r), r.total(), r.label, r.extra, r[:3], r[-1:] if r else r)
print(recs[2] == (0, 1, 2, 3), recs[2] + (9,), type(recs[2] + (9,)).__name__, hash(recs[2]) == hash((0, 1, 2, 3)))
print(vars(recs[1]))

P = namedtuple("P", "a b c")
ps = [P(i, str(i), (i,)) for i in range(300)]
gc.collect()
print(ps[7], ps[299]._replace(b="x"), sum(p.a for p in ps), ps[10]._asdict())

st = os.stat(".")
lt = time.localtime(0)
gc.collect()
print(type(st).__name__, st.st_mode == st[0], len(tuple(lt)) >= 9, lt.tm_year == lt[0])

# Tuples built from many freshly allocated items in one go.
big = tuple(str(i) for i in range(3000))
gc.collect()
print(len(big), big[0], big[1234], big[-1], sum(map(len, big)))
t2 = big[100:2100]
t3 = big * 2
t4 = t2 + t3
del big
gc.collect()
print(len(t2), len(t3), len(t4), t2[0], t3[3000], t4[-1], t4.count("7"), t4.index("2999"))
empty = ()
print(tuple() is empty, tuple([]) is empty, empty[:] is empty, len(empty * 5))
