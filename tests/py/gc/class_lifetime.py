# A class lives as long as something refers to it (a name, an instance,
# a subclass), not as long as its bases: `__subclasses__()` holds its
# subclasses weakly.  Checks run at module level (see
# collect_frees_dropped.py: a compiled frame keeps its spilled values).
import gc
import weakref


class Base:
    pass


class Other:
    pass


class Meta(type):
    pass


def plain(i):
    class C(Base):
        def m(self):
            return i
    return C


def two_bases(i):
    class C(Base, Other):
        pass
    return C


def with_meta(i):
    class C(Base, metaclass=Meta):
        pass
    return C


def by_type(i):
    return type("T%d" % i, (Base,), {"n": i})


def self_cycle(i):
    class C(Base):
        pass
    C.me = C
    C.inst = C()
    return C


def with_subclass(i):
    class C(Base):
        pass

    class D(C):
        pass
    C.child = D
    return C


for name, make in [("plain", plain), ("two bases", two_bases),
                   ("metaclass", with_meta), ("type()", by_type),
                   ("cycle", self_cycle), ("subclass", with_subclass)]:
    c = make(1)
    w = weakref.ref(c)
    print(name, c.__name__ in [k.__name__ for k in Base.__subclasses__()])
    del c
    gc.collect()
    print(name, "freed", w() is None, Base.__subclasses__(), Other.__subclasses__())

# An instance keeps its class alive, and so does a subclass.
c = plain(2)
o = c()
w = weakref.ref(c)
del c
gc.collect()
print("instance keeps class", w() is not None, o.m(), type(o).__name__)
del o
gc.collect()
print("then freed", w() is None)

c = plain(3)
sub = type("Sub", (c,), {})
w = weakref.ref(c)
del c
gc.collect()
print("subclass keeps base", w() is not None, sub.__mro__[1].__name__)
del sub
gc.collect()
print("then freed", w() is None)


# A class whose instance has __del__ lives until that has run.
def finalizable():
    class F(Base):
        def __del__(self):
            print("__del__ of", type(self).__name__)
    return F


f = finalizable()
x = f()
w = weakref.ref(f)
del f, x
gc.collect()
gc.collect()
print("finalizable class freed", w() is None)

# Many classes made and dropped: the subclass list keeps the live ones,
# in the order they were made.
keep = []
for i in range(3000):
    c = plain(i)
    if i % 1000 == 0:
        keep.append(c)
del c
gc.collect()
print([k() for k in [lambda: [s.m(s()) for s in Base.__subclasses__()]]][0])
print(Base.__subclasses__() == keep)
del keep
gc.collect()
print(Base.__subclasses__())

# type() without __module__ takes the caller's module.
T = type("T", (), {})
print(T.__module__, repr(T))
print(type("U", (), {"__module__": "elsewhere"}))
class MetaT(type):
    pass


X = MetaT("X", (), {})
print(X.__module__, repr(X))
