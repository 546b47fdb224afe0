# weakref module: re-exports of _weakref, KeyedRef and WeakMethod.  Objects
# are kept in reference cycles so that both CPython and Taipan clear their
# weak references at gc.collect().
import gc
import weakref
import _weakref

print(weakref.ref is _weakref.ref, weakref.ReferenceType is _weakref.ReferenceType)
print(weakref.getweakrefcount is _weakref.getweakrefcount)
print(weakref.getweakrefs is _weakref.getweakrefs)
print(sorted(n for n in weakref.__all__))


class Obj:
    def __init__(self, n):
        self.n = n
        self.me = self

    def get(self):
        return self.n

    def add(self, k):
        return self.n + k


# ref basics through the weakref module
o = Obj(1)
r = weakref.ref(o)
print(r() is o, weakref.getweakrefcount(o), weakref.getweakrefs(o) == [r])
o = None
gc.collect()
print(r(), weakref.getweakrefcount(r))

# KeyedRef
log = []
o = Obj(2)
kr = weakref.KeyedRef(o, lambda w: log.append(("keyed", w.key, w())), "k2")
print(kr.key, kr() is o, isinstance(kr, weakref.ref))
o = None
gc.collect()
print(log)

# WeakMethod
o = Obj(3)
calls = []
wm = weakref.WeakMethod(o.get, lambda w: calls.append(("wm", w is wm, w())))
print(isinstance(wm, weakref.ref), wm()(), wm() == o.get)
m = wm()
print(m.__self__ is o, m.__func__ is Obj.get)
wm2 = weakref.WeakMethod(o.get)
wm3 = weakref.WeakMethod(o.add)
print(wm == wm2, wm != wm2, wm == wm3, wm != wm3, hash(wm) == hash(wm2))
print(weakref.WeakMethod(o.add)()(10))
m = None
o = None
gc.collect()
print(wm(), wm2(), calls)
print(wm == wm2, wm != wm2, wm == wm, wm != wm)

# the method's function dies first
class Holder:
    pass

def make():
    def f(self):
        return "f"
    return f

h = Holder()
h.me = h
func = make()
import types
bm = func.__get__(h, Holder)
wf = weakref.WeakMethod(bm, lambda w: print("func died", w()))
print(wf()())
bm = None
func = None
gc.collect()
print(wf(), h is not None)

for bad in (len, Obj.get, 5):
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print("TypeError:", e)
