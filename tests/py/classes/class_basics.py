# class definition, instances, attributes
class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
print(p, p.x, p.norm2(), Point.dims, p.dims, Point.__name__, Point.__doc__, type(p).__name__, type(p) is Point)
p.z = 5
print(sorted(vars(p)), p.__dict__)
Point.dims = 3
print(p.dims)
p.dims = 10
print(p.dims, Point.dims)
del p.dims
print(p.dims)
print(isinstance(p, Point), isinstance(p, object), issubclass(Point, object), Point.__bases__, Point.__mro__)
print(Point.norm2(p), getattr(p, "x"), getattr(p, "nope", "dflt"), hasattr(p, "y"), hasattr(p, "w"))
setattr(p, "w", 7)
delattr(p, "z")
print(sorted(p.__dict__.items()))
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    Point.missing
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    del p.missing
except AttributeError as e:
    print(type(e).__name__ + ":", e)
class Empty:
    pass
e = Empty()
print(type(e).__name__, Empty.__qualname__, Empty.__module__, e.__class__ is Empty, Empty.__doc__)
