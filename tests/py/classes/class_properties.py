# property with getter/setter/deleter
class Celsius:
    def __init__(self, t=0):
        self._t = t
    @property
    def temp(self):
        print("get")
        return self._t
    @temp.setter
    def temp(self, v):
        print("set", v)
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._t = v
    @temp.deleter
    def temp(self):
        print("delete")
        del self._t
    @property
    def readonly(self):
        return "ro"
c = Celsius(5)
print(c.temp)
c.temp = 30
print(c.temp)
try:
    c.temp = -300
except ValueError as e:
    print(type(e).__name__ + ":", e)
del c.temp
try:
    c.temp
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    c.readonly = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    del c.readonly
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(type(Celsius.temp).__name__, Celsius.temp.fget.__name__, Celsius.readonly.fset)
class Old:
    def _get(self):
        return 42
    x = property(_get, doc="the x")
print(Old().x, Old.x.__doc__)
class Lazy:
    @property
    def value(self):
        return self.__dict__.setdefault("_v", [len(self.__dict__)])
lz = Lazy()
print(lz.value, lz.value is lz.value)
