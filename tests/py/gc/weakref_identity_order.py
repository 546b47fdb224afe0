# Which objects accept weak references, the sharing of callback-less refs,
# and the order of the callbacks of several refs to one object (newest
# first), as in CPython 3.11.  Output is printed after each collection, so
# it does not depend on when the referent dies (at `del` in CPython, at
# the collection here).
import collections
import functools
import gc
import re
import weakref


class Plain:
    pass


# One callback-less ref per referent: ref(o) returns it again.
a = Plain()
r1 = weakref.ref(a)
print("shared:", weakref.ref(a) is r1, weakref.ref(a, None) is r1)
rc = weakref.ref(a, lambda w: None)
print("with callback is new:", rc is not r1, weakref.getweakrefcount(a))


class MyRef(weakref.ref):
    pass


mine = MyRef(a)
print("subclass is new:", mine is not r1)
p = weakref.proxy(a)
print("proxy counted:", weakref.getweakrefcount(a))
del r1
gc.collect()
r2 = weakref.ref(a)
print("after the shared ref died:", r2() is a, weakref.ref(a) is r2)

# Callbacks of the refs to one object: newest first.
log = []
b = Plain()
refs = [weakref.ref(b, lambda w, i=i: log.append(i)) for i in range(4)]
plain_ref = weakref.ref(b)
del b
gc.collect()
print("callback order:", log, plain_ref())
log.clear()

# A ref made by ref(o) after callbacks were registered is still shared.
c = Plain()
cb_ref = weakref.ref(c, lambda w: log.append("cb"))
s1 = weakref.ref(c)
print("shared beside callbacks:", weakref.ref(c) is s1, len(weakref.getweakrefs(c)))
del c
gc.collect()
print("dead:", s1(), cb_ref(), log)
log.clear()


# Which objects accept weak references.
class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


class FromSlotted(Slotted):
    pass


class SlottedFromSlotted(Slotted):
    __slots__ = ("y",)


class SlottedFromWeak(SlottedWeak):
    __slots__ = ("z",)


class Empty:
    __slots__ = ()


class SubInt(int):
    pass


class SubTuple(tuple):
    pass


class SubList(list):
    pass


class SubSet(set):
    __slots__ = ()


class Err(KeyError):
    pass


def func():
    pass


def gen():
    yield 1


candidates = [
    ("Slotted", Slotted()),
    ("SlottedWeak", SlottedWeak()),
    ("FromSlotted", FromSlotted()),
    ("SlottedFromSlotted", SlottedFromSlotted()),
    ("SlottedFromWeak", SlottedFromWeak()),
    ("Empty", Empty()),
    ("SubInt", SubInt(3)),
    ("SubTuple", SubTuple()),
    ("SubList", SubList()),
    ("SubSet", SubSet()),
    ("Err", Err()),
    ("object", object()),
    ("int", 7),
    ("str", "s"),
    ("list", []),
    ("dict", {}),
    ("tuple", ()),
    ("set", set()),
    ("frozenset", frozenset()),
    ("function", func),
    ("builtin", len),
    ("builtin method", SubList().append),
    ("generator", gen()),
    ("type", Plain),
    ("module", re),
    ("KeyError", KeyError()),
    ("classmethod", classmethod(func)),
    ("staticmethod", staticmethod(func)),
    ("property", property()),
    ("list iterator", iter([])),
    ("enumerate", enumerate([])),
    ("zip", zip()),
    ("map", map(func, [])),
    ("range", range(2)),
    ("slice", slice(1)),
    ("dict keys", {}.keys()),
    ("super", super(Plain, Plain())),
    ("deque", collections.deque()),
    ("partial", functools.partial(func)),
    ("pattern", re.compile("a")),
    ("memoryview", memoryview(b"")),
    ("code", func.__code__),
    ("weakref", weakref.ref(func)),
]
for name, obj in candidates:
    try:
        weakref.ref(obj)
        print(name, "accepts weak references")
    except TypeError as e:
        print(name, "->", e)

# __slots__ errors about __weakref__ and variable-sized bases.
attempts = {
    "twice": "class X:\n    __slots__ = ('__weakref__', '__weakref__')",
    "already": "class X(SlottedWeak):\n    __slots__ = ('__weakref__',)",
    "inherited": "class X(Plain):\n    __slots__ = ('__weakref__',)",
    "int": "class X(int):\n    __slots__ = ('__weakref__',)",
    "tuple dict": "class X(tuple):\n    __slots__ = ('__dict__',)",
    "bytes": "class X(bytes):\n    __slots__ = ('a',)",
    "int empty": "class X(int):\n    __slots__ = ()",
}
for name, src in attempts.items():
    try:
        exec(src, globals())
        print(name, "defined")
    except TypeError as e:
        print(name, "->", e)

# A proxy accepts no weak reference either.
for target in (Plain(), len):
    try:
        weakref.ref(weakref.proxy(target))
    except TypeError as e:
        print("proxy ->", e)

# A global rebound or deleted is not kept alive by functions that read it.
big = Plain()
watch = weakref.ref(big)


def reader():
    return [big for _ in range(2)]


reader()
big = None
gc.collect()
print("rebound global freed:", watch() is None)
big2 = Plain()
watch2 = weakref.ref(big2)
reader2 = lambda: big2
reader2()
del big2
gc.collect()
print("deleted global freed:", watch2() is None)
