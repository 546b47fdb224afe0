# dict methods and operators beyond the basics
class D(dict):
    pass
d = D.fromkeys("ab", 1)
print(type(d).__name__, d, dict.fromkeys(range(2)), {}.fromkeys([1]))
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a)
a |= b
print(a)
a |= [("w", 0)]
print(a)
try:
    a | [("q", 1)]
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(dict.__getitem__(a, "x"), dict.__contains__(a, "x"), dict.__len__(a), a.__eq__({}), a.__ne__(1))
dict.__setitem__(a, "n", 5)
dict.__delitem__(a, "n")
print(list(reversed(a)), list(reversed(a.values())), list(reversed(a.items()))[:1])
try:
    dict.__delitem__(a, "n")
except KeyError as e:
    print(type(e).__name__ + ":", e)
k = a.keys()
print(sorted(k | ["extra"]), sorted(["a", "x"] & k), sorted({"x", "q"} - k), sorted(k ^ ["x"]))
print(k >= {"x"}, {"x"} < k, k < k, k != {"x"}, a.items() >= {("x", 1)}, a.values() == a.values())
print(k.isdisjoint(["nope"]), a.items().isdisjoint([("x", 1)]), ("x", 1) in a.items(), ["x", 1] in a.items())
print(k.mapping == a, len(k.mapping))
e = {}
for i in range(100):
    e[i] = i
for i in range(100):
    del e[i]
print(e, len(e))
e[5] = 5
print(e)
f = {1: 1, 2: 2}
try:
    for key in f:
        f[key + 10] = 0
        del f[key]
except RuntimeError as err:
    print(type(err).__name__ + ":", err)
print(f)
g = {1: "a"}
print(g.pop(1), g.setdefault(2, "b"), g.get(3, "c"), g, g.popitem(), g)
g.update({1: 2}, k=3)
g.update(k=4)
print(g)
try:
    g.update({}, {})
except TypeError as err:
    print(type(err).__name__ + ":", err)
