from enum import Enum, EnumMeta, EnumType, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1   # alias of RED


print(repr(Color.RED), str(Color.RED), format(Color.RED), f"[{Color.GREEN:>12}]")
print(Color.RED.name, Color.RED.value, Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(list(Color), len(Color))
print(list(reversed(Color)))
print(list(Color.__members__), type(Color.__members__).__name__)
print(repr(Color.__members__))
print([(name, m.value) for name, m in Color.__members__.items()])
print(Color(2), Color["BLUE"], Color(Color.RED), getattr(Color, "GREEN"))
print(repr(Color), type(Color) is EnumType, EnumMeta is EnumType)
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), type(Color.RED))
print(Color.RED in Color, Color.__name__, Color.__qualname__)
print(bool(Color), bool(Color.RED))

# Lookups that fail
for bad in [4, "RED", None, 1.5]:
    try:
        Color(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.PURPLE
except AttributeError as e:
    print("AttributeError:", e)
try:
    1 in Color
except TypeError as e:
    print("TypeError:", e)

# Members are immutable attributes of the class
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.RED
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED.name = "x"
except AttributeError as e:
    print("AttributeError:", e)

# Comparisons and hashing
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED != 1, Color.RED == 1)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
d = {Color.RED: "r", Color.GREEN: "g"}
print(d[Color.CRIMSON], hash(Color.RED) == hash(Color.CRIMSON), Color.RED in {Color.RED})
print(sorted(Color, key=lambda c: c.value, reverse=True))

# Definition errors
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup2(Enum):
        A = 1

        def A(self):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Sunder(Enum):
        _bad_ = 1
except ValueError as e:
    print("ValueError:", e)
try:
    @unique
    class NotUnique(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError:", e)


@unique
class Unique(Enum):
    X = 1
    Y = 2


print(list(Unique))


# Enums without members can be subclassed
class Base(Enum):
    def describe(self):
        return "%s is %r" % (self.name, self.value)


class Shape(Base):
    SQUARE = 4
    TRIANGLE = 3


print(Shape.SQUARE.describe(), issubclass(Shape, Base), list(Base))
print(dir(Color))
print(dir(Color.RED))
print(dir(Shape.SQUARE))
