# gc.collect() and the other collecting gc functions called from every kind
# of place: nested calls, generators, class bodies, comprehensions, with
# errors raised and caught at the call, and results used or dropped.
import gc
import sys
import traceback


def inner(depth):
    if depth == 0:
        return gc.collect() >= 0
    return inner(depth - 1)


print("nested", inner(5))


def bad(gen):
    return gc.collect(gen)


for g in (0, 1, 2, 3, -1, "x"):
    try:
        print("gen", g, bad(g) >= 0)
    except (ValueError, TypeError) as e:
        print("gen", g, type(e).__name__, e)


def raises_through():
    try:
        inner_bad()
    except ValueError as e:
        tb = traceback.extract_tb(e.__traceback__)
        return [(f.name, f.line) for f in tb]


def inner_bad():
    x = 1
    gc.collect(7)
    return x


print("through", raises_through())


def gen():
    for i in range(3):
        n = gc.collect()
        yield i, n >= 0
        gc.collect()


print("generator", list(gen()))


class Body:
    collected = gc.collect() >= 0
    objs = len(gc.get_objects()) > 0


print("class body", Body.collected, Body.objs)
print("comprehension", [gc.collect() >= 0 for _ in range(2)])
print("lambda", (lambda: gc.collect())() >= 0)
print("keyword", gc.collect(generation=2) >= 0)
collect = gc.collect
print("alias", collect() >= 0)
print("star", gc.collect(*()) >= 0)
print("method-like", getattr(gc, "collect")() >= 0)
# A statement call (its result dropped) still collects.
l = []
l.append(l)
import weakref


class Node:
    pass


n = Node()
n.me = n
w = weakref.ref(n)
del n, l
gc.collect()
print("statement freed", w() is None)
# The frame's value stack is intact around the call.
print("stack", 1, (2, gc.collect() * 0, 3), [4, 5][gc.collect() * 0])
total = 0
for i in range(4):
    total += i + gc.collect() * 0
print("loop", total)
for args, kw in [((1, 2), {}), ((1,), {"generation": 2}), ((), {"foo": 1})]:
    try:
        gc.collect(*args, **kw)
    except TypeError as e:
        print("arity", e)
print("depth ok", sys.getrecursionlimit() > 0)
