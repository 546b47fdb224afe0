from typing import (NamedTuple, TypedDict, NewType, cast, overload, final,
                    get_type_hints, List, Optional, Dict, ClassVar, Any,
                    no_type_check, is_typeddict, Required, NotRequired,
                    Annotated, assert_never)


class Employee(NamedTuple):
    name: str
    id: int = 3
    tags: List[str] = []

    def describe(self):
        return f"{self.name}#{self.id}"


e = Employee("Guido")
print(e, e.describe(), e.id, e[0], len(e), isinstance(e, tuple))
print(Employee._fields, Employee._field_defaults, Employee.__annotations__)
print(e._replace(id=9), e._asdict(), Employee._make(["x", 1, []]))
a, b, c = Employee("a", 1)
print(a, b, c)
try:
    class Bad(NamedTuple):
        x: int = 1
        y: int
except TypeError as ex:
    print("TypeError:", ex)
try:
    class Bad2(NamedTuple):
        x: int

        def _asdict(self):
            pass
except AttributeError as ex:
    print("AttributeError:", ex)

Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point._fields, Point.__annotations__)
Point3 = NamedTuple("Point3", x=int, y=int, z=int)
print(Point3(1, 2, 3))


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title="Blade Runner", year=1982)
print(m, type(m), Movie.__required_keys__ == frozenset({"title", "year"}), Movie.__total__)
print(Movie.__annotations__, is_typeddict(Movie), is_typeddict(dict))


class Partial(TypedDict, total=False):
    a: int
    b: str


print(sorted(Partial.__optional_keys__), Partial.__total__, Partial(a=1))


class Sequel(Movie):
    prequel: str


print(sorted(Sequel.__required_keys__), list(Sequel.__annotations__))


class Mixed(TypedDict):
    r: Required[int]
    o: NotRequired[str]


print(sorted(Mixed.__required_keys__), sorted(Mixed.__optional_keys__))
Functional = TypedDict("Functional", {"x": int, "y": str}, total=False)
print(Functional(x=1), Functional.__annotations__, sorted(Functional.__optional_keys__))
try:
    isinstance({}, Movie)
except TypeError as ex:
    print("TypeError:", ex)

UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid), UserId, UserId.__supertype__, UserId.__name__)
try:
    class Sub(UserId):
        pass
except TypeError as ex:
    print("TypeError:", ex)

print(cast(int, "not an int"), cast("List[int]", [1]))


@overload
def double(x: int) -> int: ...


@overload
def double(x: str) -> str: ...


def double(x):
    return x * 2


print(double(2), double("ab"))


@overload
def only(x: int) -> int: ...


try:
    only(1)
except NotImplementedError as ex:
    print("NotImplementedError:", ex)


@final
class Leaf:
    @final
    def method(self):
        return 1


print(Leaf.__final__, Leaf.method.__final__)


def annotated(a: int, b: "str" = "x", c: Optional[List[int]] = None) -> Dict[str, int]:
    return {}


print(get_type_hints(annotated))
print(annotated.__annotations__)


class Config:
    name: str
    retries: "int"
    extra: Annotated[int, "meta"]
    counter: ClassVar[int] = 0


class SubConfig(Config):
    verbose: bool


print(get_type_hints(Config))
print(get_type_hints(SubConfig))
print(get_type_hints(Config, include_extras=True)["extra"])


@no_type_check
def untyped(x: "not a type"):
    return x


print(get_type_hints(untyped), untyped(1))


def forward(x: "Later") -> "Later":
    return x


class Later:
    pass


print(get_type_hints(forward))
try:
    assert_never(5)
except AssertionError as ex:
    print("AssertionError:", ex)
