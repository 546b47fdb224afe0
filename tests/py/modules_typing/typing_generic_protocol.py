from typing import (TypeVar, Generic, Protocol, runtime_checkable, List,
                    Dict, Iterator, Iterable, SupportsInt, SupportsFloat,
                    SupportsIndex, SupportsAbs)

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
N = TypeVar("N", int, float)
B = TypeVar("B", bound=str)

print(T, T_co, T_contra, N, B, T.__name__, N.__constraints__, B.__bound__)
print(T.__covariant__, T_co.__covariant__, T_contra.__contravariant__)
try:
    TypeVar("X", int)
except TypeError as e:
    print("TypeError:", e)
try:
    TypeVar("X", covariant=True, contravariant=True)
except ValueError as e:
    print("ValueError:", e)


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


b = Box(3)
print(b.get(), Box[int], Box.__parameters__, Box.__orig_bases__)
print(Box.__mro__)
bi = Box[int](5)
print(bi.get(), bi.__orig_class__, type(bi) is Box)


class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v


print(Pair[str, int], Pair.__parameters__, Pair("a", 1).v)


class IntBox(Box[int]):
    pass


print(IntBox(4).get(), IntBox.__orig_bases__, IntBox.__parameters__, IntBox.__mro__)


class Mapped(Dict[K, V]):
    pass


m = Mapped()
m["a"] = 1
print(m, Mapped.__parameters__, isinstance(m, dict), Mapped.__mro__)


class Stack(List[T]):
    def peek(self):
        return self[-1]


s = Stack[int]()
s.extend([1, 2])
print(s.peek(), Stack.__parameters__, Stack[str])

for bad in ["plain", "repeat", "notvar", "arity"]:
    try:
        if bad == "plain":
            class X(Generic):
                pass
        elif bad == "repeat":
            Generic[T, T]
        elif bad == "notvar":
            Generic[int]
        else:
            Box[int, str]
    except TypeError as e:
        print("TypeError:", e)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self):
        pass


class NotResource:
    pass


print(isinstance(Resource(), Closable), isinstance(NotResource(), Closable))
print(issubclass(Resource, Closable), issubclass(int, Closable))


class Named(Protocol):
    name: str


try:
    isinstance(Resource(), Named)
except TypeError as e:
    print("TypeError:", e)
try:
    Named()
except TypeError as e:
    print("TypeError:", e)


class Concrete(Closable):
    pass


print(isinstance(Concrete(), Closable), Concrete._is_protocol, Closable._is_protocol)


@runtime_checkable
class HasLen(Protocol[T]):
    def __len__(self) -> int:
        ...


print(isinstance([], HasLen), isinstance(3, HasLen), HasLen[int])
try:
    runtime_checkable(Resource)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(2.5, SupportsFloat))
print(isinstance(3, SupportsIndex), isinstance(-1, SupportsAbs))
