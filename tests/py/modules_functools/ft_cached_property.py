# functools.cached_property
from functools import cached_property
class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, "area" in vars(c))
c.r = 10
print(c.area)
del c.area
print(c.area)
c.area = "overridden"
print(c.area)
print(type(Circle.area).__name__, Circle.area.attrname)
class Slots:
    __slots__ = ("x",)
    @cached_property
    def y(self):
        return 1
try:
    Slots().y
except TypeError as e:
    print(type(e).__name__ + ":", e)
