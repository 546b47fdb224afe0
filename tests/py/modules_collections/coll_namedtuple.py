# namedtuple
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=10), Point._make([5, 6]))
print(p == (1, 2), isinstance(p, tuple), len(p), list(p), hash(p) == hash((1, 2)), p + (3,))
x, y = p
print(x, y, Point.__name__, type(p).__name__)
P3 = namedtuple("P3", "a b c", defaults=[0, 1])
print(P3(9), P3(9, 8, 7), P3._field_defaults)
R = namedtuple("R", "name, age")
print(R("ann", 3), R._fields)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    namedtuple("Bad", ["def", "x"])
except ValueError as e:
    print(type(e).__name__ + ":", e)
Ren = namedtuple("Ren", ["ok", "def", "ok"], rename=True)
print(Ren._fields)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(3, 4)
print(v, v.norm2(), sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
try:
    p._replace(z=1)
except (ValueError, TypeError) as e:
    print(type(e).__name__ + ":", e)
