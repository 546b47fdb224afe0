# ABCs hold the classes they check, register and derive weakly (as
# CPython's WeakSet registry and caches): a dropped class is freed; match
# statements still see registered Sequence/Mapping classes.
import abc, gc, weakref
from collections.abc import Sequence, Mapping, Iterable, Sized, Hashable
class Seq(Sequence):
    def __getitem__(self, i): return i
    def __len__(self): return 3
class MyMap:
    def __getitem__(self, k): return 1
    def __len__(self): return 0
    def __iter__(self): return iter(())
Mapping.register(MyMap)
for subj in [Seq(), MyMap(), [1], (1,), {1: 2}, "s"]:
    match subj:
        case [*_]: print("seq", type(subj).__name__)
        case {}: print("map", type(subj).__name__)
        case _: print("other", type(subj).__name__)
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
class B(A):
    def f(self): return 1
print(issubclass(B, A), isinstance(B(), A), A.__abstractmethods__, B.__abstractmethods__)
def mk():
    class C: 
        def __len__(self): return 0
    return C
c = mk()
print(isinstance(c(), Sized), issubclass(c, Iterable))
w = weakref.ref(c)
del c
gc.collect()
print("checked class freed", w() is None)
def mk2():
    class V: pass
    A.register(V)
    return V
v = mk2()
print(issubclass(v, A), isinstance(v(), A))
w = weakref.ref(v)
del v
gc.collect()
print("registered class freed", w() is None)
def mk3():
    class S(A):
        def f(self): return 2
    return S
s = mk3()
print(issubclass(s, A))
w = weakref.ref(s)
del s
gc.collect()
print("abc subclass freed", w() is None)
print(abc.get_cache_token() > 0)
class H(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1
try:
    issubclass(int, H)
except AssertionError as e:
    print("AssertionError", e)
class K(abc.ABC): pass
class L: pass
print(issubclass(L, K)); K.register(L); print(issubclass(L, K), isinstance(L(), K))
try: K.register(3)
except TypeError as e: print(e)
try: issubclass(3, K)
except TypeError as e: print(e)
print(isinstance(3, Hashable), isinstance([], Hashable))
