# split/subgroup/except* on deeply nested groups count against the
# recursion limit (RecursionError, as CPython)
e = TypeError(1)
for i in range(2000):
    e = ExceptionGroup("eg", [e])
for name in ("split", "subgroup"):
    try:
        getattr(e, name)(TypeError)
    except RecursionError as x:
        print(name, "RecursionError:", x)
def f(n):
    if n == 0:
        try:
            return e.subgroup(ValueError)
        except RecursionError as x:
            return "RecursionError: " + str(x)
    return f(n - 1)
print(f(900))
try:
    try:
        raise e
    except* TypeError:
        raise
except RecursionError as x:
    print("except*:", x)
# a nesting within the limit works
ok = TypeError(1)
for i in range(500):
    ok = ExceptionGroup("eg", [ok, ValueError(i)])
try:
    try:
        raise ok
    except* TypeError:
        raise
except ExceptionGroup as x:
    depth = 0
    while isinstance(x, ExceptionGroup):
        x = x.exceptions[0]
        depth += 1
    print("re-raised depth", depth, repr(x))
m, r = ok.split(ValueError)
print(len(m.exceptions), len(r.exceptions))
