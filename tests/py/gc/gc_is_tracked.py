# gc.is_tracked as CPython 3.11 answers it: the atomic types and built-in
# type objects are not tracked, a dict only once it holds a collected
# object, tuples are (until a collection, which this script avoids before
# asking), and gc.get_objects lists the tracked objects only.
import gc
import sys


class D(dict):
    pass


def f():
    yield 1


items = {
    "empty dict": {},
    "atom dict": {"a": 1, "b": "s", 3: 4.5},
    "list in dict": {"a": []},
    "tuple in dict": {"a": (1, 2)},
    "empty tuple in dict": {"a": ()},
    "dict in dict": {1: {}},
    "key is a tuple": {(1, 2): 1},
    "dict subclass": D(),
    "dict(a=1)": dict(a=1),
    "dict comprehension": {i: i for i in range(3)},
    "fromkeys": dict.fromkeys("ab"),
    "tuple": (1, 2),
    "empty tuple": (),
    "list": [],
    "set": set(),
    "frozenset": frozenset(),
    "int": 0,
    "bigint": 10**30,
    "bool": True,
    "float": 1.5,
    "complex": 1j,
    "str": "a",
    "bytes": b"",
    "bytearray": bytearray(),
    "None": None,
    "Ellipsis": ...,
    "range": range(3),
    "slice": slice(1),
    "code": f.__code__,
    "property": property(),
    "function": f,
    "generator": f(),
    "built-in type": int,
    "class": D,
    "module": sys,
    "exception": ValueError(),
    "object()": object(),
    "range iterator": iter(range(3)),
    "list iterator": iter([]),
    "generator": (i for i in ()),
}
for name, value in items.items():
    print(name, gc.is_tracked(value))

# A dict starts untracked and is tracked from the first container stored.
d = {"x": 1}
print("before", gc.is_tracked(d))
d["y"] = [1]
print("after", gc.is_tracked(d))

# get_objects lists no untracked object.
marker_untracked = {"only": "atoms"}
marker_tracked = {"has": []}
objs = gc.get_objects()
print("untracked listed:", any(o is marker_untracked for o in objs))
print("tracked listed:", any(o is marker_tracked for o in objs))
