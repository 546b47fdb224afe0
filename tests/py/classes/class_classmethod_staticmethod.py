# classmethod and staticmethod
class Temp:
    scale = "C"
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.scale
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
class Kelvin(Temp):
    scale = "K"
t = Temp.from_f(212)
print(type(t).__name__, t.deg, Temp.c_to_f(100), t.c_to_f(0), Temp.describe(), t.describe())
k = Kelvin.from_f(32)
print(type(k).__name__, k.deg, Kelvin.describe(), k.describe())
print(type(Temp.__dict__["from_f"]).__name__, type(Temp.__dict__["c_to_f"]).__name__)
print(Temp.__dict__["c_to_f"].__func__(10), Temp.from_f.__self__ is Temp, Kelvin.from_f.__self__ is Kelvin)
sm = staticmethod(lambda: "direct")
print(sm(), callable(sm))
class Counter:
    instances = 0
    def __new__(cls, *a):
        cls.instances += 1
        return super().__new__(cls)
    @classmethod
    def count(cls):
        return cls.instances
Counter(); Counter()
print(Counter.count())
