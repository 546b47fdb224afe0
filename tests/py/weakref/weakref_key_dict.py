# WeakKeyDictionary: the mapping API and entries vanishing when keys die.
import gc
import weakref


class K:
    def __init__(self, n):
        self.n = n
        self.me = self

    def __repr__(self):
        return "K(%d)" % self.n


keys = [K(i) for i in range(6)]
d = weakref.WeakKeyDictionary()
for k in keys:
    d[k] = k.n * 10
k = None
print(len(d), keys[3] in d, K(9) in d, 5 in d, d[keys[2]], d.get(keys[4]), d.get(K(9), "dflt"))
print(sorted(d, key=lambda k: k.n), sorted(d.values()))
print(sorted(d.items(), key=lambda kv: kv[1]))
print(repr(d).startswith("<WeakKeyDictionary at 0x"))
try:
    d[K(9)]
except KeyError as e:
    print("KeyError:", type(e.args[0]).__name__)
krefs = d.keyrefs()
print(len(krefs), sorted(r().n for r in krefs))
krefs = None

del d[keys[5]]
print(keys[5] in d, len(d))
print(d.pop(keys[4]), keys[4] in d, d.pop(keys[4], "gone"))
print(d.setdefault(keys[0], 99), d.setdefault(keys[4], 44), d[keys[4]])
kk, vv = d.popitem()
print(kk is keys[4], vv, len(d))
d[kk] = vv
kk = None

e = weakref.WeakKeyDictionary({keys[0]: "a"})
e.update([(keys[1], "b")])
e.update({keys[2]: "c"})
print(sorted(e.values()))
c = e.copy()
print(type(c).__name__, sorted(c.values()), c[keys[0]])
u = e | {keys[3]: "d"}
print(type(u).__name__, sorted(u.values()))
e |= {keys[5]: "f"}
print(sorted(e.values()))
import copy as _copy
print(sorted(_copy.copy(e).values()))
dc = _copy.deepcopy(weakref.WeakKeyDictionary({keys[0]: [1, 2]}))
print(dc[keys[0]])

try:
    d[1] = 2
except TypeError as e2:
    print("TypeError:", e2)

# keys die
keys[1] = keys[3] = None
gc.collect()
print(sorted(d.values()), len(d))
print(sorted(e.values()), sorted(u.values()))
keys = None
gc.collect()
print(len(d), list(d.items()), len(e), len(c), len(u), len(dc))

# keys dying while iterating: removals are deferred
ks = [K(i) for i in range(10)]
d = weakref.WeakKeyDictionary((k, k.n) for k in ks)
seen = []
for key in d:
    if key.n == 2:
        for j in range(5, 10):
            ks[j] = None
        gc.collect()
    seen.append(key.n)
key = None
print(len(seen) >= 5, len(d), sorted(d.values()))
