# weakref.proxy: attribute access, operators, calls; ReferenceError once the
# referent died.
import gc
import weakref


class Num:
    def __init__(self, v):
        self.v = v
        self.me = self

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __radd__(self, o):
        return Num(o + self.v)

    def __sub__(self, o):
        return Num(self.v - o)

    def __mul__(self, o):
        return Num(self.v * o)

    def __neg__(self):
        return Num(-self.v)

    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Num) else o)

    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, Num) else o)

    __hash__ = None

    def __len__(self):
        return self.v

    def __getitem__(self, i):
        return self.v * 100 + i

    def __iter__(self):
        return iter(range(self.v))

    def __contains__(self, x):
        return x == self.v

    def __int__(self):
        return self.v

    def __index__(self):
        return self.v

    def __bool__(self):
        return self.v != 0

    def __str__(self):
        return "Num<%d>" % self.v

    def __call__(self, *a, **k):
        return ("called", self.v, a, sorted(k.items()))

    def double(self):
        return self.v * 2


n = Num(3)
p = weakref.proxy(n)
print(type(p) is weakref.CallableProxyType, weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(p.v, p.double(), str(p), (p + 1).v, (1 + p).v, (p - 1).v, (p * 4).v, (-p).v)
print(p < 5, p == 3, p == n, p != 4, len(p), p[7], list(p), 3 in p, 4 in p, int(p), bool(p))
print([10, 20, 30, 40][p], p(1, x=2), hash is not None)
p.w = 9
print(n.w)
del p.w
print(hasattr(n, "w"))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
print(weakref.getweakrefcount(n))

lst = [1, 2]
class L(list):
    pass
lst = L([1, 2])
lst.me = lst
pl = weakref.proxy(lst)
print(type(pl) is weakref.ProxyType, pl + [3], len(pl), pl[0])
pl.append(5)
pl[0] = 7
del pl[1]
print(lst)
pl += [8]
print(lst, type(pl) is weakref.ProxyType)

log = []
m = Num(4)
pm = weakref.proxy(m, lambda q: log.append(("cb", q is pm)))
n = None
m = None
lst = None
gc.collect()
print(log)
for action in (lambda: p.v, lambda: p + 1, lambda: len(p), lambda: p(), lambda: str(p), lambda: pl[0]):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)
try:
    p.v = 1
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    weakref.proxy(5)
except TypeError as e:
    print("TypeError:", e)

# repr names the referent's type (NoneType once it died)
a = Num(1)
pa = weakref.proxy(a)
r = repr(pa)
print(r.startswith("<weakproxy at 0x"), r.split()[3:5], pa.__class__ is Num)
a = None
gc.collect()
print(repr(pa).split()[3:5])
