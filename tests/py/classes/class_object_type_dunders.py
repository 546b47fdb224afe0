# object/type special methods reachable as attributes.
class A:
    pass

print(object.__subclasshook__(int), A.__subclasshook__(A))
a, b = A(), A()
for name in ["__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__"]:
    print(name, getattr(a, name)(b) is NotImplemented or getattr(a, name)(b))
try:
    a < b
except TypeError as e:
    print("TypeError:", e)

class Meta(type):
    count = 0
    def __call__(cls, *args, **kw):
        Meta.count += 1
        return type.__call__(cls, *args, **kw)

class C(metaclass=Meta):
    def __init__(self, x, y=2):
        self.x, self.y = x, y

c = C(1, y=5)
print(type(c).__name__, c.x, c.y, Meta.count)
print(type.__call__(C, 7).x, Meta.count)
print(type.__call__(int, "12"), type.__call__(list, (1, 2)))

class S:
    @staticmethod
    def __sub__(other):
        return ("static sub", other)
    @classmethod
    def __add__(cls, other):
        return ("class add", cls.__name__, other)
    @staticmethod
    def __getitem__(item):
        return ("static get", item)

s = S()
print(s - 1, s + 2, s[3])

print(Ellipsis.__reduce__(), NotImplemented.__reduce__())
print(type(...)() is ...)
for bad in [(type(...), int), (int, 5)]:
    try:
        bad[0].__new__(bad[1])
    except TypeError as e:
        print("TypeError:", e)
try:
    object.__setattr__(a, 5, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__delattr__(a, None)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__getattribute__(a, 1.5)
except TypeError as e:
    print("TypeError:", e)
