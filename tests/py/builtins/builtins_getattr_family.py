# getattr/setattr/hasattr/delattr
class C:
    x = 1
c = C()
print(getattr(c, "x"), getattr(c, "y", "default"), hasattr(c, "x"), hasattr(c, "y"))
setattr(c, "y", 2)
print(c.y, getattr(c, "y"))
delattr(c, "y")
print(hasattr(c, "y"))
try:
    getattr(c, "nope")
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    delattr(c, "nope")
except AttributeError as e:
    print(type(e).__name__ + ":", e)
setattr(c, "with space", 1)
print(getattr(c, "with space"), sorted(vars(c)))
print(getattr(1, "real"), getattr("s", "upper")(), getattr([], "append").__name__, getattr(C, "x"))
class Prop:
    @property
    def boom(self):
        raise ValueError("property raised")
print(hasattr(Prop(), "missing"))
try:
    hasattr(Prop(), "boom")
except ValueError as e:
    print(type(e).__name__ + ":", e)
