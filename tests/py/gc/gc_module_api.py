# The gc module: get_stats, get_count, get_debug/set_debug, is_finalized,
# gc.callbacks around gc.collect(), and CPython's argument errors.
import gc
s = gc.get_stats()
print(type(s).__name__, len(s), [sorted(d) for d in s])
print(all(isinstance(v, int) and v >= 0 for d in s for v in d.values()))
before = gc.get_stats()[2]["collections"]
gc.collect()
after = gc.get_stats()[2]["collections"]
print(after - before >= 1)
print([d["uncollectable"] for d in gc.get_stats()])
c = gc.get_count()
print(type(c).__name__, len(c), all(isinstance(x, int) and x >= 0 for x in c))
print(gc.get_debug())
gc.set_debug(gc.DEBUG_LEAK & ~gc.DEBUG_STATS)
print(gc.get_debug())
gc.set_debug(0)
print(gc.get_debug())
for bad in [(), ("x",), (1, 2), (2**40,)]:
    try:
        gc.set_debug(*bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for f, args in [(gc.get_stats, (1,)), (gc.get_debug, (1,)), (gc.is_finalized, ()), (gc.get_count, (1,)), (gc.is_tracked, ()), (gc.isenabled, (1,)), (gc.enable, (1,)), (gc.disable, (1,)), (gc.get_threshold, (1,))]:
    try:
        f(*args)
    except TypeError as e:
        print(e)
print(gc.is_finalized(1), gc.is_finalized("s"), gc.is_finalized([]))


class Lazarus:
    def __del__(self):
        seen.append(gc.is_finalized(self))
        saved.append(self)


seen = []
saved = []


def make(_):
    x = Lazarus()
    return gc.is_finalized(x)


print(list(map(make, [0])))
[object() for _ in range(3)]
gc.collect()
print(seen, [gc.is_finalized(o) for o in saved])

# gc.callbacks around gc.collect(): ("start", info) and ("stop", info).
log = []


def cb(phase, info):
    log.append((phase, sorted(info), info["generation"], info["uncollectable"]))


gc.callbacks.append(cb)
gc.collect()
gc.collect(1)
gc.collect(generation=0)
gc.callbacks.remove(cb)
gc.collect()
for entry in log:
    print(entry)
stops = [e for e in log if e[0] == "stop"]
print(len(stops))


def bad(phase, info):
    raise ValueError("callback failed")


gc.callbacks.append(bad)
print(gc.collect() >= 0)
gc.callbacks.clear()
try:
    gc.collect(3)
except ValueError as e:
    print(e)
