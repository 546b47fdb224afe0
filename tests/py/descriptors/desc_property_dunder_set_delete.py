# property.__set__ and property.__delete__ called directly (as code that
# implements its own attribute protocol does), and the data-descriptor test
# hasattr(type(d), "__set__").


class C:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value * 10

    @v.deleter
    def v(self):
        self._v = "deleted"

    @property
    def ro(self):
        return "read-only"


p = C.__dict__["v"]
ro = C.__dict__["ro"]
c = C()
print(hasattr(type(p), "__set__"), hasattr(type(p), "__delete__"), hasattr(type(p), "__get__"))
print(type(p).__set__(p, c, 4), c._v)
print(p.__set__(c, 5), c.v)
print(type(p).__delete__(p, c), c._v)
p.__delete__(c)
print(c._v)
try:
    ro.__set__(c, 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    ro.__delete__(c)
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__set__(c)
except TypeError as e:
    print("TypeError:", type(e).__name__)


def is_data_descriptor(d):
    t = type(d)
    return hasattr(t, "__set__") or hasattr(t, "__delete__")


print(is_data_descriptor(p), is_data_descriptor(C.__init__), is_data_descriptor(classmethod(len)))
