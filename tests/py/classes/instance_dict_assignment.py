# obj.__dict__ = d replaces the attribute storage; del obj.__dict__ drops it.
class O:
    pass


o = O()
o.x = 5
o.__dict__ = {"a": 1}
print(o.a, hasattr(o, "x"), o.__dict__)
d = {"b": 2}
o.__dict__ = d
d["c"] = 3
print(o.b, o.c, o.__dict__ is d)
o.z = 9
print(d)
for bad in (5, [("a", 1)], None):
    try:
        o.__dict__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
print(o.__dict__ is d)
del o.__dict__
print(o.__dict__, hasattr(o, "b"))


class D(dict):
    pass


o.__dict__ = D(q=1)
print(o.q, type(o.__dict__).__name__)


def f():
    pass


f.__dict__ = {"z": 1}
print(f.z)
try:
    f.__dict__ = 3
except TypeError as e:
    print(type(e).__name__, e)


class E(Exception):
    pass


e = E()
e.__dict__ = {"k": 2}
print(e.k)
print(type(__builtins__).__name__, __builtins__.__name__)
import builtins
print(builtins is __builtins__)
