from enum import Enum, IntEnum, StrEnum, ReprEnum, auto


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(repr(Num.ONE), str(Num.ONE), format(Num.ONE), f"{Num.TWO:03d}", f"{Num.TWO}")
print(Num.ONE + 1, Num.TWO * 3, Num.ONE == 1, Num.ONE < Num.TWO, Num.THREE > 2, int(Num.TWO))
print(Num(2), Num(2) is Num.TWO, sorted([Num.THREE, Num.ONE]), isinstance(Num.ONE, int))
print({1: "one"}[Num.ONE], hash(Num.ONE) == hash(1), list(range(Num.THREE)))
print(Num.ONE.name, Num.ONE.value, type(Num.ONE.value))
print([n for n in Num if n > 1])
try:
    Num(7)
except ValueError as e:
    print("ValueError:", e)


class Mixed(int, Enum):
    A = 1
    B = 2


print(repr(Mixed.A), str(Mixed.A), format(Mixed.A), Mixed.A + 1, Mixed.B == 2)


class Text(StrEnum):
    NORTH = auto()
    SOUTH = "s"


print(repr(Text.NORTH), str(Text.NORTH), format(Text.NORTH), Text.NORTH == "north")
print(Text.SOUTH.upper(), Text("s"), "-".join(Text), len(Text.NORTH))
try:
    class BadText(StrEnum):
        X = 1
except TypeError as e:
    print("TypeError:", e)


class StrMixed(str, Enum):
    A = "a"


print(repr(StrMixed.A), str(StrMixed.A), StrMixed.A == "a", StrMixed.A + "b")


class FloatEnum(float, Enum):
    HALF = 0.5
    ONE = 1.0


print(repr(FloatEnum.HALF), FloatEnum.HALF * 2, FloatEnum(1.0))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


class TupleEnum(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)


print(repr(TupleEnum.UNIT), TupleEnum.UNIT[0], TupleEnum((0, 0)))


class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0, "P.X")
    PY = (1, "P.Y")


print(Coord.PY.value, Coord.PY.label, Coord(0) is Coord.PX, bytes(Coord.PY), str(Coord.PX))


try:
    class MyRepr(ReprEnum):
        A = 1
except TypeError as e:
    print("TypeError:", e)
