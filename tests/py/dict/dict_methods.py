# dict methods
d = {"a": 1, "b": 2, "c": 3}
print(d.pop("a"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__ + ":", e)
print(d.popitem(), d)
print(d.setdefault("b", 100), d.setdefault("new", []), d)
d.setdefault("new", []).append(1)
print(d)
c = d.copy()
c["b"] = -1
print(d, c)
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__ + ":", e)
print({1: 2}.get(1), {}.setdefault("x"), dict.fromkeys(range(3), "v"))
e = {"x": 1}
e.update(y=2)
e.update({"z": 3}.items())
print(e)
try:
    e.update([1, 2])
except TypeError as err:
    print(type(err).__name__ + ":", err)
try:
    e.update([("a", 1, 2)])
except ValueError as err:
    print(type(err).__name__ + ":", err)
try:
    dict([1])
except TypeError as err:
    print(type(err).__name__ + ":", err)
