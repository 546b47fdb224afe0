# dict basics
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], "b" in d, 2 in d, d.get("z"), d.get("z", 0), d.get("a", 0))
d["a"] = 100
print(d)
del d["b"]
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=1), dict(zip("abc", range(3))))
print({}, {1: {2: {3: {}}}}, {(1, 2): [3], None: None, 1.5: "f", True: "t"})
e = {}
e[1] = "one"
e["1"] = "string one"
print(e, e[1], e["1"])
print(d == {"c": 3, "a": 100}, d != {"a": 100}, {} == {}, {1: 2} == {1: 2.0})
print(dict.fromkeys(["x", "y"]), dict.fromkeys("ab", 0), dict.fromkeys([]))
k = dict.fromkeys("ab", [])
k["a"].append(1)
print(k)
