from dataclasses import dataclass, field, fields, is_dataclass, MISSING


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), Point(5), Point(x=3, y=4), Point(y=1, x=2))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__doc__, Point.__match_args__, Point.__hash__)
print(Point.y, hasattr(Point, "x"))
print([(f.name, f.type, f.default is MISSING) for f in fields(Point)])
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3), is_dataclass(int))
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {"z": 3}), ((1,), {"x": 1})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty), Empty.__doc__)


@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity: int = 0
    tags: list = field(default_factory=list)
    secret: str = field(default="s", repr=False, compare=False)
    computed: int = field(init=False, default=7)

    def total(self):
        return self.unit_price * self.quantity


a = Inventory("widget", 2.5, 4)
b = Inventory("widget", 2.5, 4, secret="other")
a.tags.append("x")
print(a, a.total(), a == b, a.tags is not b.tags, a.computed)
print(Inventory.__doc__)
try:
    Inventory("a", 1, computed=3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class WithMeta:
    v: int = field(default=1, metadata={"unit": "m"})


print(fields(WithMeta)[0].metadata, fields(WithMeta)[0].metadata["unit"])


# Explicit methods are not replaced
@dataclass
class Custom:
    a: int

    def __repr__(self):
        return "Custom!"

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)


# Recursive repr
@dataclass
class Node:
    value: int
    next: object = None


n = Node(1)
n.next = n
print(n)
print(Node(1, Node(2, Node(3))))

# Nested class qualname in repr
class Outer:
    @dataclass
    class Inner:
        a: int


print(Outer.Inner(1))

# Definition errors
try:
    @dataclass
    class Bad:
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError:", e)
for mutable in ([], {}, set()):
    try:
        @dataclass
        class Bad2:
            x: object = mutable
    except ValueError as e:
        print("ValueError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad3:
        x = field(default=1)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(order=True, eq=False)
    class Bad4:
        x: int
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass(order=True)
    class Bad5:
        x: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)
try:
    fields(3)
except TypeError as e:
    print("TypeError:", e)
