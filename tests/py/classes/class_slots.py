# __slots__ basics
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__ + ":", e)
q = P.__new__(P)
try:
    q.x
except AttributeError as e:
    print(type(e).__name__ + ":", e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__ + ":", e)
p.x = 10
print(p.x)
class Q(P):
    pass
qq = Q(1, 2)
qq.z = 3
print(qq.z, hasattr(qq, "__dict__"))
class R(P):
    __slots__ = ("w",)
r = R(1, 2)
r.w = 0
print(r.x, r.w)
try:
    r.other = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(type(P.x).__name__)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__ + ":", e)
