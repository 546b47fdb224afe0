# After `del` (or rebinding) and gc.collect(), an object the program no
# longer refers to is freed, whatever built it just before.
import gc
import weakref


class Obj:
    def __init__(self, *items):
        self.items = list(items)

    def method(self):
        return [Obj() for _ in range(3)]


def fresh_list():
    return Obj(*[Obj(i) for i in range(50)])


def via_dict():
    d = {i: Obj(i) for i in range(20)}
    o = Obj(d)
    d.clear()
    return o


def via_gen():
    return Obj(*(Obj(i) for i in range(10)))


def via_exc():
    try:
        raise ValueError(Obj())
    except ValueError as e:
        return Obj(e)


def via_sort():
    items = [Obj(i) for i in range(30)]
    items.sort(key=lambda o: -o.items[0])
    return Obj(items)


def via_cycle():
    a = Obj()
    b = Obj(a)
    a.items.append(b)
    return a


def via_method():
    o = Obj()
    o.items = o.method()
    return o


def via_closure():
    o = Obj()

    def inner():
        return o

    o.items.append(inner)
    return o


# Each case at module level, in the interpreter (a function that did this
# would be compiled under TAIPAN_JIT_THRESHOLD=0, and a compiled frame
# keeps its spilled values: docs/GC.md, "Stale native words").
for name, make in [("list", fresh_list), ("dict", via_dict), ("gen", via_gen),
                   ("exc", via_exc), ("sort", via_sort), ("cycle", via_cycle),
                   ("method", via_method), ("closure", via_closure)]:
    x = make()
    w = weakref.ref(x)
    del x
    gc.collect()
    print(name, w() is None)

# At module level, with the value in a global.
made = [Obj(i) for i in range(100)]
watch = [weakref.ref(o) for o in made]
del made
gc.collect()
print("module list", sum(w() is None for w in watch))
big = {str(i): Obj(i) for i in range(100)}
wb = weakref.ref(big["7"])
big = None
gc.collect()
print("module dict", wb() is None)
ring = [Obj() for _ in range(3)]
for i in range(3):
    ring[i].next = ring[(i + 1) % 3]
wr = weakref.ref(ring[0])
del ring
gc.collect()
print("ring built in a loop", wr() is None)
obj = Obj(Obj(), Obj())
wo = weakref.ref(obj.items[0])
obj.items = []
n = gc.collect()
print("dropped item", wo() is None)
# gc.get_objects and get_referrers also collect first.
cls = type("Temp", (), {})
inst = [cls() for _ in range(10)]
del inst
print("get_objects", sum(type(o) is cls for o in gc.get_objects()))
