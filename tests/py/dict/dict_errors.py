# dict errors
d = {"a": 1}
cases = [
    lambda: d["b"],
    lambda: d[["unhashable"]],
    lambda: {[1]: 2},
    lambda: {{}: 1},
    lambda: d[1.5],
    lambda: d + d,
    lambda: d < d,
    lambda: d.get(),
    lambda: d.get([1]),
    lambda: [] in d,
    lambda: {1: 2}[(1, [2])],
    lambda: dict(1),
    lambda: dict(a=1, **{"a": 2}),
    lambda: {**[1]},
    lambda: d | [1],
    lambda: d.foo,
]
for c in cases:
    try:
        r = c()
        print("no error", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__ + ":", e, repr(e), e.args)
try:
    d[("t", 1)]
except KeyError as e:
    print(type(e).__name__ + ":", e, e.args)
try:
    d[""]
except KeyError as e:
    print(type(e).__name__ + ":", e)
try:
    d[None]
except KeyError as e:
    print(type(e).__name__ + ":", e)
