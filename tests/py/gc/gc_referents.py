# gc.get_referents: the objects an object refers to (containers' items,
# small ints included, a str-keyed dict's values, an instance's class).
import gc
print(sorted(gc.get_referents([1, 2, "a"]), key=repr))
print(gc.get_referents(1, "s", 2.5, None))
d = {"k": [1], "j": (2,)}
r = gc.get_referents(d)
print(sorted(map(repr, r)))
class C:
    pass
c = C()
c.x = [5]
r = gc.get_referents(c)
print(C in r, any(x == {"x": [5]} or x == [5] for x in r))
t = (c, 3)
r = gc.get_referents(t)
print(c in r, 3 in r, len(r))
def outer():
    v = [7]
    def inner():
        return v
    return inner
f = outer()
print(f.__closure__ in gc.get_referents(f) or any(cell in gc.get_referents(f) for cell in f.__closure__))
print(gc.get_referents())
try:
    gc.get_referents(x=1)
except TypeError as e:
    print(e)
