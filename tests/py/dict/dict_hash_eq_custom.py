# custom objects as keys: __hash__/__eq__
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
d = {Point(1, 2): "a"}
print(d[Point(1, 2)], Point(1, 2) in d, Point(2, 1) in d)
d[Point(1, 2)] = "b"
print(d, len(d))
class EqOnly:
    def __eq__(self, other):
        return True
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(EqOnly.__hash__ is None)
class Ident:
    pass
a, b = Ident(), Ident()
m = {a: 1, b: 2}
print(len(m), m[a], m[b])
class CollideHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return "C%d" % self.v
cd = {CollideHash(i): i for i in range(5)}
print(cd, cd[CollideHash(3)], CollideHash(9) in cd)
class Calls:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print("hash", self.v)
        return 1
    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v
e = {}
e[Calls(1)] = "x"
e[Calls(2)] = "y"
print(e[Calls(2)])
