# overriding properties in subclasses
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x
class Doubled(Base):
    @Base.v.getter
    def v(self):
        return self._v * 2
d = Doubled()
d.v = 10
print(d.v, Base.v is Doubled.v)
class ReadOnly(Base):
    @property
    def v(self):
        return "ro"
r = ReadOnly()
try:
    r.v = 5
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(r.v)
class Computed:
    width = 3
    height = 4
    area = property(lambda self: self.width * self.height)
c = Computed()
c.width = 10
print(c.area)
p = property()
class Empty:
    x = p
try:
    Empty().x
except AttributeError as e:
    print(type(e).__name__ + ":", e)
