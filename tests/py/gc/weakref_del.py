# Weak references and __del__ on objects in reference cycles: CPython and
# Taipan both reclaim those at gc.collect(), so callbacks and finalizers run
# there.
import gc
import _weakref


def churn():
    # Taipan scans native stacks conservatively: a stale word that the code
    # which made an object left in a live native frame can keep the object
    # alive through a collection.  Unrelated calls overwrite such words.
    return [object() for _ in range(3)]


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


def make_cycle(name):
    a = Node(name)
    b = Node(name + "'")
    a.other = b
    b.other = a
    return a


log = []
a = make_cycle("a")
r = _weakref.ref(a)
r_cb = _weakref.ref(a, lambda w: log.append(("callback", w is r_cb, w())))
print(r() is a, r_cb() is a, r_cb.__callback__ is not None, r.__callback__)
print(_weakref.getweakrefcount(a), len(_weakref.getweakrefs(a)))
print(r == r_cb, hash(r) == hash(a))
a = None
gc.collect()
print(r(), r_cb(), log)


# A dead ref compares by identity and keeps the hash it had.
def dead_ref(_):
    b = make_cycle("b")
    rb = _weakref.ref(b)
    return rb, hash(rb)


# The referent lives only in a frame run through a native call (map), so no
# stale word of it stays in the module-level interpreter loop's registers,
# where the conservative stack scan would find it.
rb, h = list(map(dead_ref, [0]))[0]
churn()
gc.collect()
print(rb() is None, hash(rb) == h, rb == rb, rb != _weakref.ref(Node))

# Objects that refuse weak references.
for x in [1, 2.5, "s", b"b", (1,), [1], {1: 2}, None, True]:
    try:
        _weakref.ref(x)
    except TypeError as e:
        print(e)

# Subclasses of built-in containers, functions, classes and sets accept them.
class L(list):
    pass


def f():
    pass


for x in [L(), f, Node, {1}, frozenset(), Node("n")]:
    print(type(x).__name__, _weakref.ref(x)() is x)


# A subclass of ref with extra state, as weakref.KeyedRef does.
class KeyedRef(_weakref.ref):
    def __new__(cls, ob, callback, key):
        self = _weakref.ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


seen = []
c = make_cycle("c")
k = KeyedRef(c, lambda w: seen.append(w.key), "the-key")
print(type(k).__name__, k() is c, k.key, isinstance(k, _weakref.ReferenceType))
c = None
gc.collect()
print(k(), seen)


# __del__ runs once, at the collection that finds the cycle unreachable:
# by the end of gc.collect(), which may not be the first collection after
# the cycles died (any allocation may start one, in CPython too), so the
# finalizers log rather than print.
fin_log = []


class Fin:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        fin_log.append(self.name)


def make_fins():
    for n in ["x", "y", "z"]:
        Fin(n)


make_fins()
churn()
gc.collect()
print("after collect", sorted(fin_log))
gc.collect()
print("again", sorted(fin_log))


# Resurrection (PEP 442): __del__ may store self; it is not called again.
saved = []


class Phoenix:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("Phoenix.__del__")
        saved.append(self)


def make_phoenix():
    Phoenix()


make_phoenix()
churn()
gc.collect()
print(len(saved), type(saved[0]).__name__)
saved.clear()
gc.collect()
print("no second __del__")


# An exception in __del__ is reported (on stderr) and ignored.
class Bad:
    def __init__(self):
        self.me = self

    def __del__(self):
        raise ValueError("boom")


def make_bad():
    Bad()


make_bad()
churn()
gc.collect()
print("still running")
