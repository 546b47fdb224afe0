# WeakValueDictionary: the mapping API and entries vanishing when values die.
import gc
import weakref


class V:
    def __init__(self, n):
        self.n = n
        self.me = self

    def __repr__(self):
        return "V(%d)" % self.n


vals = [V(i) for i in range(6)]
d = weakref.WeakValueDictionary()
for v in vals:
    d[v.n] = v
print(len(d), 3 in d, 10 in d, d[2], d.get(4), d.get(10), d.get(10, "dflt"))
print(sorted(d), sorted(d.keys()), sorted(d.values(), key=lambda v: v.n))
print(sorted(d.items(), key=lambda kv: kv[0]))
print(repr(d).startswith("<WeakValueDictionary at 0x"))
try:
    d[10]
except KeyError as e:
    print("KeyError:", e)
refs = d.valuerefs()
print(len(refs), sorted(r.key for r in refs), all(isinstance(r, weakref.KeyedRef) for r in refs))
print(sorted(r.key for r in d.itervaluerefs()))
refs = None

del d[5]
print(5 in d, len(d))
try:
    del d[5]
except KeyError as e:
    print("KeyError:", e)
print(d.pop(4), 4 in d, d.pop(4, "gone"))
try:
    d.pop(4)
except KeyError as e:
    print("KeyError:", e)
print(d.setdefault(0, V(99)), d.setdefault(7, vals[5]), d[7])

k, v = d.popitem()
print(k in (0, 1, 2, 3, 7), v is vals[k % 7 if k != 7 else 5], len(d))
d[k] = v

# update forms
e = weakref.WeakValueDictionary({"a": vals[0]}, b=vals[1])
e.update([("c", vals[2])])
e.update(d={"x": 1}.get("x") and vals[3])
print(sorted(e), e["d"])
c = e.copy()
print(type(c).__name__, sorted(c), c["a"] is vals[0])
u = e | {"z": vals[4]}
print(type(u).__name__, sorted(u))
e |= {"y": vals[5]}
print(sorted(e))
import copy as _copy
print(sorted(_copy.copy(e)))


def collect():
    # Taipan scans native stacks conservatively: a stale word left by the
    # code that last handled an object can keep it alive through one
    # collection.  Unrelated native work overwrites such words first.
    sorted([str(i) for i in range(64)], key=len)
    "".join(repr(x) for x in [object() for _ in range(8)])
    gc.collect()

# values die
print(sorted(d))
vals[1] = vals[3] = None
v = None
collect()
print(sorted(d), len(d), 1 in d, d.get(3))
print(sorted(e))
vals = None
for _i in range(3):
    _t = [V(-1), {_i: V(-2)}, (V(-3),)]
    _u = _t[0], _t[1].get(_i), sorted(d), d.get(_i), e.get("q")
_t = _u = None
collect()
print(len(d), list(d.items()), len(e), len(c), len(u))

# dying while iterating: removals are deferred until the iteration ends
ws = [V(i) for i in range(10)]
d = weakref.WeakValueDictionary((i, w) for i, w in enumerate(ws))
seen = []
for key in d:
    if key == 2:
        for j in range(5, 10):
            ws[j] = None
        collect()
    seen.append(key)
print(len(seen) >= 5, len(d), sorted(d))

try:
    d[1] = 5
except TypeError as e:
    print("TypeError:", e)

# a key rebound to a new value before the old value dies keeps the new one
d = weakref.WeakValueDictionary()
old = V(1)
new = V(2)
d["k"] = old
d["k"] = new
old = None
collect()
print(d["k"], len(d))

# a dictionary that died before its values does not break their callbacks
d2 = weakref.WeakValueDictionary()
x = V(3)
d2["x"] = x
d2 = None
collect()
x = None
collect()
print("no error")

# a subclass
class MyDict(weakref.WeakValueDictionary):
    pass

md = MyDict(a=new)
print(type(md).__name__, md["a"], isinstance(md, weakref.WeakValueDictionary))
print(md == {"a": new}, dict(md) == {"a": new})
