# rich comparisons, reflection and NotImplemented
class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"{self.v}.__eq__")
        return isinstance(o, Num) and self.v == o.v
    def __lt__(self, o):
        print(f"{self.v}.__lt__")
        if not isinstance(o, Num):
            return NotImplemented
        return self.v < o.v
    def __le__(self, o):
        print(f"{self.v}.__le__")
        return NotImplemented
    __hash__ = None
a, b = Num(1), Num(2)
print(a < b)
print(a > b)
print(a <= b if False else "skip le")
try:
    a <= b
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    a < 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(a == 1, a != b)
class Sub(Num):
    def __gt__(self, o):
        print("Sub.__gt__")
        return True
print(a < Sub(0))
class Chain:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("cmp", self.v, o.v)
        return self.v < o.v
print(Chain(1) < Chain(2) < Chain(3))
print(Chain(3) < Chain(2) < Chain(1))
class AlwaysEq:
    def __eq__(self, o):
        return True
print(AlwaysEq() == 5, 5 == AlwaysEq(), [AlwaysEq()] == [1], 1 in [AlwaysEq()])
