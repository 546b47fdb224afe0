# type() with three arguments, dynamic classes
def hello(self):
    return "hello from " + type(self).__name__
Dyn = type("Dyn", (), {"x": 1, "hello": hello})
d = Dyn()
print(Dyn.__name__, d.x, d.hello(), Dyn.__bases__, type(Dyn).__name__)
Sub = type("Sub", (Dyn,), {"y": 2})
print(Sub().hello(), Sub().x, Sub().y, [c.__name__ for c in Sub.__mro__])
print(type(1), type("s"), type(None), type(type), type(Dyn))
print(type(1) is int, type(True) is bool, type(1.0) == float)
try:
    type("X", (), [])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    type("a", "b")
except TypeError as e:
    print(type(e).__name__ + ":", e)
Meta = type("Meta", (type,), {})
M = Meta("M", (), {})
print(type(M).__name__, isinstance(M, type))
