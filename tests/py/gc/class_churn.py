# Classes of every kind made and dropped in a loop (dataclass, Enum,
# namedtuple, metaclass, exception, ABC, Generic) are all freed, with
# gc.collect() in between.
import gc, weakref, enum, dataclasses, collections, abc, typing
refs = []
def one(i):
    @dataclasses.dataclass
    class P:
        x: int
        y: int = 0
    class E(enum.Enum):
        A = 1
        B = 2
    NT = collections.namedtuple("NT", "a b")
    class M(type):
        def __call__(cls, *a):
            return super().__call__(*a)
    class K(metaclass=M):
        def __init__(self, v): self.v = v
    class Err(ValueError):
        pass
    class Base(abc.ABC):
        @abc.abstractmethod
        def f(self): ...
    class Impl(Base):
        def f(self): return i
    class G(typing.Generic[typing.TypeVar("T")]):
        pass
    try:
        raise Err(i)
    except ValueError as e:
        r = e.args[0]
    assert isinstance(Impl(), Base) and not isinstance(1, Base)
    assert isinstance(NT(1, 2), tuple)
    s = P(i).x + E.B.value + NT(1, 2).b + K(3).v + r + Impl().f() + len(G.__mro__)
    for c in (P, E, NT, K, Err, Base, Impl, G, M):
        refs.append(weakref.ref(c))
    return s
total = 0
for i in range(10):
    total += one(i)
    if i % 4 == 0:
        gc.collect()
gc.collect()
gc.collect()
print(total, sum(r() is None for r in refs), len(refs))
