# functions are non-data descriptors; custom non-data descriptor
class BoundLike:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return lambda *a: self.fn(obj, *a)
class C:
    @BoundLike
    def m(self, x):
        return ("m", x)
c = C()
print(c.m(1), type(C.m).__name__)
c.m = "shadowed by instance"
print(c.m)
def f(self):
    return "f called on " + type(self).__name__
bound = f.__get__(c, C)
print(bound(), type(bound).__name__, f.__get__(None, C) is f)
print(C.__dict__["m"].fn.__name__)
class CachedProperty:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        print("computing", self.name)
        v = self.fn(obj)
        obj.__dict__[self.name] = v
        return v
class Data:
    @CachedProperty
    def expensive(self):
        return sum(range(1000))
d = Data()
print(d.expensive, d.expensive, d.expensive)
