# NotImplementedError-based abstract methods and template method
class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Blob(Shape):
    pass
for sh in (Square(3), Circle(1), Blob()):
    try:
        print(sh.describe())
    except NotImplementedError as e:
        print(type(e).__name__ + ":", e)
shapes = sorted([Square(2), Circle(1.5), Square(1)], key=lambda s: s.area())
print([type(s).__name__ for s in shapes])
