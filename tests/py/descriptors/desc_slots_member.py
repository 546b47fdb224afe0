# slot member descriptors
class S:
    __slots__ = ("a",)
d = S.__dict__["a"]
print(type(d).__name__, d.__name__)
s = S()
d.__set__(s, 5)
print(s.a, d.__get__(s, S))
d.__delete__(s)
try:
    s.a
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(d.__get__(None, S) is d)
