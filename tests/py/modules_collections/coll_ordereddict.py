# OrderedDict
from collections import OrderedDict
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict([("x", 1), ("y", 2)])
o2 = OrderedDict([("y", 2), ("x", 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == {"y": 2, "x": 1})
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__ + ":", e)
try:
    o1.move_to_end("zz")
except KeyError as e:
    print(type(e).__name__ + ":", e)
lru = OrderedDict()
for key in ["a", "b", "c", "a", "d", "b", "e"]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))
print(repr(OrderedDict()), OrderedDict(a=1) | {"b": 2}, list(reversed(OrderedDict.fromkeys("xyz"))))
