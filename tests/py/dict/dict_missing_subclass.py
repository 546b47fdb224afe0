# __missing__ and dict subclasses
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "hello world":
    c[ch] += 1
print(sorted(c.items()), c["zz"], "zz" in c, c.get("zz"))
class AutoList(dict):
    def __missing__(self, key):
        v = self[key] = []
        return v
a = AutoList()
a["x"].append(1)
a["x"].append(2)
a["y"].append(3)
print(a, isinstance(a, dict), type(a).__name__)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper()
u["abc"] = 1
print(u, u["ABC"], u["aBc"], dict(u))
u2 = Upper(q=1)
print(u2)
class RaiseMissing(dict):
    def __missing__(self, key):
        raise LookupError("nope " + repr(key))
try:
    RaiseMissing()["k"]
except LookupError as e:
    print(type(e).__name__ + ":", e)
