# __del__ on instances of subclasses of built-in types (list, dict, int,
# str, tuple, float, set, bytes, exceptions, ...): each runs once, when the
# object is reclaimed, and sees the object's built-in state intact.  CPython
# runs them when the last reference goes; Taipan at the collection, so the
# script collects before it looks.
import gc

log = []


def churn():
    # Overwrites stale words a conservative stack scan could take for
    # references (see gc/weakref_del.py).
    return [object() for _ in range(3)]


class L(list):
    def __del__(self):
        log.append(("list", list(self)))


class D(dict):
    def __del__(self):
        log.append(("dict", sorted(self.items())))


class I(int):
    def __del__(self):
        log.append(("int", int(self) + 1))


class S(str):
    def __del__(self):
        log.append(("str", self.upper()))


class T(tuple):
    def __del__(self):
        log.append(("tuple", tuple(self)))


class F(float):
    def __del__(self):
        log.append(("float", float(self)))


class Se(set):
    def __del__(self):
        log.append(("set", sorted(self)))


class FS(frozenset):
    def __del__(self):
        log.append(("frozenset", sorted(self)))


class B(bytes):
    def __del__(self):
        log.append(("bytes", bytes(self)))


class BA(bytearray):
    def __del__(self):
        log.append(("bytearray", bytes(self)))


class E(ValueError):
    def __del__(self):
        log.append(("exception", self.args))


class C(complex):
    def __del__(self):
        log.append(("complex", complex(self)))


class WithAttr(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = "tagged"

    def __del__(self):
        log.append(("attr", self.tag, len(self)))


class Sub(L):
    # Inherits __del__ from L.
    pass


def make(_):
    L([1, 2])
    D(a=1, b=2)
    I(41)
    S("hi")
    T((1, 2, 3))
    F(1.5)
    Se({3, 1})
    FS({2})
    B(b"ab")
    BA(b"cd")
    E("bad", 7)
    C(1, 2)
    WithAttr([0, 0, 0])
    Sub([9])
    try:
        raise E("raised")
    except E:
        pass
    return 0


list(map(make, [0]))
churn()
gc.collect()
gc.collect()
for entry in sorted(log, key=repr):
    print(entry)
print(len(log))

# Once per object: a __del__ that resurrects its object is not run again
# when the object dies for good (PEP 442).
saved = []


class Phoenix(list):
    def __del__(self):
        log.append(("phoenix", len(self)))
        saved.append(self)


def rise(_):
    Phoenix([1, 2, 3])
    return 0


log.clear()
list(map(rise, [0]))
churn()
gc.collect()
print(log, [list(x) for x in saved])
saved.clear()
churn()
gc.collect()
gc.collect()
print(log)


# A reference cycle through a subclass instance is reclaimed, and its
# __del__ runs.
class Node(dict):
    def __del__(self):
        log.append(("node", self["name"]))


def cycle(_):
    a = Node(name="a")
    b = Node(name="b")
    a["peer"] = b
    b["peer"] = a
    return 0


log.clear()
list(map(cycle, [0]))
churn()
gc.collect()
print(sorted(log))

