# gc.collect() returns what CPython's does: the number of unreachable
# objects its collector found, which after reference counting freed the
# rest are the ones on cycles and what they reach.
import gc


class A:
    pass


class WithDel:
    def __init__(self, log):
        self.log = log

    def __del__(self):
        self.log.append("del")


gc.collect()
print("idle", gc.collect())
x = [1, 2, {}]
del x
print("no cycle", gc.collect())
l = []
l.append(l)
del l
print("self list", gc.collect())
d = {}
d["d"] = d
del d
print("self dict", gc.collect())
a = A()
a.me = a
del a
print("self instance", gc.collect())
a = A()
a.l = [a]
del a
print("instance and list", gc.collect())
a, b = A(), A()
a.other, b.other = b, a
del a, b
print("pair", gc.collect())
r0, r1, r2, r3 = A(), A(), A(), A()
r0.n, r1.n, r2.n, r3.n = r1, r2, r3, r0
del r0, r1, r2, r3
print("ring of four", gc.collect())
t = ([],)
t[0].append(t)
del t
print("tuple and list", gc.collect())
# What a cycle reaches is counted, unless CPython does not track it.
a = A()
a.me = a
a.items = [[], [], "s", 1, 2.5]
a.table = {"k": 1}
a.nested = {"k": []}
del a
print("cycle reaching", gc.collect())
# A cycle with a finalizer: found (and finalized) too.
log = []
w = WithDel(log)
w.me = w
del w
print("with __del__", gc.collect(), log)
# Garbage without a cycle is freed by reference counting in CPython, and
# not counted: a chain of lists, a dict of lists.
chain = [[[[]]]]
del chain
table = {i: [i] for i in range(10)}
del table
print("acyclic", gc.collect())
# Several cycles at once.
for i in range(5):
    l = []
    l.append(l)
del l
print("five lists", gc.collect())
print("again", gc.collect())
# A generator's frame is part of it, and a range iterator is not tracked.
a = A()
a.me = a
a.gen = (i for i in range(3))
a.it = iter(range(5))
del a
print("instance with generator", gc.collect())


def make_closure():
    x = []

    def h():
        return x

    h.me = h
    return h


k = make_closure()
del k
print("closure cycle", gc.collect())
n = gc.collect()
print("assigned", n)


# A dead class: CPython counts the class, its __mro__ and __bases__, the
# __dict__/__weakref__ descriptors it adds, and its dict when tracked.
def classes(kind):
    if kind == "plain":
        class C:
            pass
    elif kind == "subclass":
        class C(A):
            pass
    elif kind == "attrs":
        class C(A):
            x = [1]

            def f(self):
                pass
    elif kind == "slots":
        class C:
            __slots__ = ("a", "b")
    elif kind == "list":
        class C(list):
            pass
    elif kind == "int":
        class C(int):
            pass
    elif kind == "exception":
        class C(Exception):
            pass
    elif kind == "metaclass":
        class M(type):
            pass

        class C(metaclass=M):
            pass
    elif kind == "chain":
        class B(A):
            pass

        class C(B):
            pass
    else:
        C = type("T", (), {})
    return C


for kind in ["plain", "subclass", "attrs", "slots", "list", "int", "exception",
             "metaclass", "chain", "type()"]:
    classes(kind)
    print("class", kind, gc.collect())
