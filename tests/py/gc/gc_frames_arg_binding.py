# Argument binding writes a frame's slots before the frame runs, with
# allocations in between (the *args tuple, the **kwargs dict, cells,
# keyword-only defaults).  The frame may come from the frame cache and be
# old already; every value stored must survive the collections that those
# allocations trigger.  Under TAIPAN_GC_STRESS the collections happen there.


def star(a, *args, **kwargs):
    return a, args, kwargs


def kwonly(*args, k=None, m):
    return args, k, m


def cells(a, *rest):
    b = [a]
    c = (a, rest)

    def inner():
        return a, b, c, rest

    return inner


def fail(a, *args, k):
    return a, args, k


results = []
for i in range(400):
    results.append(star([i], (i,), str(i), key=[i], other={i: i}))
ok = all(
    r == ([i], ((i,), str(i)), {"key": [i], "other": {i: i}})
    for i, r in enumerate(results)
)
print("star", ok)

results = [kwonly([i], (i,), m=[i, i]) for i in range(400)]
print("kwonly", all(r == (([i], (i,)), None, [i, i]) for i, r in enumerate(results)))

fs = [cells([i], (i,), [i]) for i in range(300)]
print("cells", all(f() == ([i], [[i]], ([i], ((i,), [i])), ((i,), [i])) for i, f in enumerate(fs)))

# Binding that fails after the *args tuple was stored: the frame is dropped.
errors = 0
for i in range(300):
    try:
        fail([i], (i,), [i])
    except TypeError:
        errors += 1
print("errors", errors)


class Holder:
    def get(self):
        return __class__

    def items(self, *a, **k):
        return __class__, a, k


hs = [Holder().items((i,), x=[i]) for i in range(300)]
print("class", all(h == (Holder, ((i,),), {"x": [i]}) for i, h in enumerate(hs)))
