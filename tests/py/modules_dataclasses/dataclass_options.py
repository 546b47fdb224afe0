from dataclasses import (dataclass, field, fields, FrozenInstanceError,
                         InitVar, KW_ONLY, replace, asdict, astuple,
                         make_dataclass)
from collections import namedtuple


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9), Version(1, 0, "rc"), Version(1, 0)]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1) <= Version(1, 0, "x"))
try:
    Version(1) < 3
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Frozen:
    a: int
    b: tuple = ()


f = Frozen(1, (2,))
print(f, hash(f) == hash((1, (2,))), {f: "ok"}[Frozen(1, (2,))])
for action in ["set", "del", "new"]:
    try:
        if action == "set":
            f.a = 2
        elif action == "del":
            del f.a
        else:
            f.c = 3
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    @dataclass
    class Thaw(Frozen):
        c: int = 0
except TypeError as e:
    print("TypeError:", e)


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: int = field(hash=False)


print(hash(Hashed(1, 2)) == hash((1,)), Hashed(1, 2) == Hashed(1, 2))


@dataclass(eq=False)
class Identity:
    a: int


x = Identity(1)
print(x == Identity(1), x == x, Identity.__hash__ is object.__hash__)


@dataclass
class Unhashable:
    a: int


print(Unhashable.__hash__)
try:
    hash(Unhashable(1))
except TypeError as e:
    print("TypeError:", e)


@dataclass(repr=False, init=False)
class Manual:
    a: int = 5


m = Manual()
print(m.a, "Manual object" in repr(m))


@dataclass
class Scaled:
    base: int
    factor: InitVar[int] = 2
    result: int = field(init=False)

    def __post_init__(self, factor):
        self.result = self.base * factor


print(Scaled(3), Scaled(3, 10), [f.name for f in fields(Scaled)])
print(replace(Scaled(3), base=4), replace(Scaled(3), factor=5))
try:
    replace(Scaled(1), result=3)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Post:
    a: int

    def __post_init__(self):
        print("post_init", self.a)


Post(9)


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int


print(KW(1, c=3), KW.__match_args__)
try:
    KW(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass(kw_only=True)
class AllKW:
    a: int
    b: int = 0


print(AllKW(a=1), AllKW(b=2, a=3))
try:
    AllKW(1)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class MixedKW:
    a: int = 0
    b: int = field(kw_only=True)


print(MixedKW(b=1), MixedKW(5, b=2))


# Inheritance
@dataclass
class Base:
    x: int = 0
    y: str = "base"


@dataclass
class Child(Base):
    z: float = 1.5
    x: int = 10


print(Child(), Child(1, "b", 2.0), [f.name for f in fields(Child)])


class Plain(Base):
    pass


print(Plain(), fields(Plain)[0].name)


@dataclass
class Self:
    self: int


print(Self(self=3))

# asdict / astuple / replace
Pair = namedtuple("Pair", "a b")


@dataclass
class Inner:
    v: int
    items: list


@dataclass
class OuterDC:
    name: str
    inner: Inner
    pairs: dict
    nt: Pair
    seq: tuple


o = OuterDC("o", Inner(1, [Inner(2, [])]), {"k": Inner(3, [1])}, Pair(Inner(4, []), 5), (Inner(6, []),))
print(asdict(o))
print(astuple(o))
print(asdict(Inner(1, [2]), dict_factory=lambda items: sorted(items)))
d = asdict(o)
print(d["inner"]["items"] is not o.inner.items)
print(replace(o.inner, v=99), o.inner.v)
for fn in (asdict, astuple, replace):
    try:
        fn(Inner)
    except TypeError as e:
        print("TypeError:", e)
try:
    replace(Inner(1, []), w=3)
except TypeError as e:
    print("TypeError:", e)

# make_dataclass
C = make_dataclass("C", ["a", ("b", int), ("c", int, field(default=3))],
                   namespace={"total": lambda self: self.b + self.c})
c = C(1, 2)
print(c, c.total(), [f.name for f in fields(C)])
F = make_dataclass("F", [("x", int)], frozen=True, bases=(object,))
try:
    F(1).x = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
for bad in [[("a", int), ("a", int)], [("class", int)], [("1x", int)]]:
    try:
        make_dataclass("Bad", bad)
    except TypeError as e:
        print("TypeError:", e)


# slots
@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError:
    print("AttributeError on new attribute")


# __match_args__ and match
@dataclass
class Pt:
    x: int
    y: int


for obj in [Pt(0, 0), Pt(1, 5), Pt(2, 2)]:
    match obj:
        case Pt(0, 0):
            print("origin")
        case Pt(x, y) if x == y:
            print("diagonal", x)
        case Pt(x=x, y=y):
            print("point", x, y)
