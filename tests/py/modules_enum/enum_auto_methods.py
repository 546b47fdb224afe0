from enum import Enum, auto, nonmember, member


class Ordinal(Enum):
    ONE = auto()
    TWO = auto()
    TEN = 10
    ELEVEN = auto()


print(list(Ordinal), repr(auto()))


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    ALPHA = auto()
    BETA = auto()


print([m.value for m in Named])


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))
print(Planet((3.303e+23, 2.4397e6)))


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return "my custom str! {0}".format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY

    @staticmethod
    def helper():
        return "static"


print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), Mood.helper(), repr(Mood.FUNKY))
print(format(Mood.FUNKY), f"{Mood.HAPPY}")


class Missing(Enum):
    A = "a"
    B = "b"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Missing("A"), Missing("b"))
try:
    Missing("c")
except ValueError as e:
    print("ValueError:", e)


class BadMissing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 42


try:
    BadMissing(2)
except TypeError as e:
    print("TypeError:", e)


class WithNew(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    LOW = (1, "low")
    HIGH = (2, "high")


print(WithNew(2), WithNew.LOW.label, WithNew.LOW.value)


class Ignore(Enum):
    _ignore_ = "tmp"
    tmp = 5
    X = 1


print(list(Ignore), hasattr(Ignore, "tmp"))


class Ordered(Enum):
    _order_ = "A B"
    A = 1
    B = 2


print(list(Ordered))
try:
    class BadOrder(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e:
    print("TypeError:", e)


class Members(Enum):
    A = 1
    CONST = nonmember(99)

    @member
    def func():
        return "f"


print(list(Members.__members__), Members.CONST, Members.func.value())


class Counted(Enum):
    X = 1
    Y = 2

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)


print(Counted.X.value + Counted.Y.value)

# functional API
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.ANT.value, Animal.__module__, repr(Animal))
print(list(Enum("A2", "x,y , z")))
print(list(Enum("A3", ["p", "q"], start=10)))
print(list(Enum("A4", [("a", 5), ("b", 6)])))
print(list(Enum("A5", {"m": "mm", "n": "nn"})))
Q = Enum("Q", "U V", qualname="Outer.Q", module="mymod")
print(Q.__qualname__, Q.__module__, Q.U)
