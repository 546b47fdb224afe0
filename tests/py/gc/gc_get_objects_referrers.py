# gc.get_objects and gc.get_referrers: live objects found by walking the
# heap after a full collection; atoms (exact ints, strs, ...) are left out.
import gc


class Thing:
    pass


class Holder:
    pass


t = Thing()
h = Holder()
h.item = t
box = [t]
tup = (t, 1)
d = {"t": t}
refs = gc.get_referrers(t)
print(any(r is box for r in refs), any(r is tup for r in refs), any(r is d for r in refs))
print(any(r is h.__dict__ or r is h for r in refs))
print(all(type(r) is not Thing for r in refs))
objs = gc.get_objects()
print(sum(1 for o in objs if type(o) is Thing), sum(1 for o in objs if type(o) is Holder))
print(any(type(o) in (int, float, str, bool, bytes) for o in objs))


class S(str):
    pass


s = S("sub")
print(any(o is s for o in gc.get_objects()), gc.is_tracked(s), gc.is_tracked("x"), gc.is_tracked([]))
made = [Thing() for _ in range(50)]
print(sum(1 for o in gc.get_objects() if type(o) is Thing))
del made
print(sum(1 for o in gc.get_objects() if type(o) is Thing))
print(gc.get_referrers())
print(type(gc.get_objects(0)).__name__, type(gc.get_objects(generation=2)).__name__, type(gc.get_objects(None)).__name__)
for bad in [(3,), (-1,), ("x",)]:
    try:
        gc.get_objects(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    gc.get_objects(1, 2)
except TypeError as e:
    print(e)
try:
    gc.get_referrers(x=1)
except TypeError as e:
    print(e)
