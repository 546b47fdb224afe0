# subclassing builtins
class MyList(list):
    def sum(self):
        return sum(self)
    def append(self, v):
        super().append(v * 10)
ml = MyList([1, 2])
ml.append(3)
print(ml, ml.sum(), len(ml), type(ml).__name__, type(ml + [1]).__name__, isinstance(ml, list))
class MyDict(dict):
    def __getitem__(self, k):
        return super().get(k, "missing")
md = MyDict(a=1)
print(md["a"], md["b"], md.get("b"), dict(md))
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hey")
print(s.shout(), s + "x", type(s + "x").__name__, type(s.upper()).__name__, s == "hey", len(s))
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(Pos(5) + 1, type(Pos(5) + 1).__name__)
try:
    Pos(-1)
except ValueError as e:
    print(type(e).__name__ + ":", e)
class MyTuple(tuple):
    @property
    def first(self):
        return self[0]
t = MyTuple((7, 8))
print(t.first, t, type(t[0:1]).__name__)
class Exc(ValueError):
    pass
try:
    raise Exc("sub")
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, Exception))
