# defaultdict
from collections import defaultdict
d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(d, dict(d), d["missing"], len(d))
c = defaultdict(int)
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c.default_factory)
n = defaultdict(lambda: "N/A")
print(n["x"], n.get("y"), "y" in n, sorted(n))
nd = defaultdict()
try:
    nd["k"]
except KeyError as e:
    print(type(e).__name__ + ":", e)
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], list(t["a"]))
s = defaultdict(set)
s["x"].add(1)
s["x"].add(1)
print(s)
print(isinstance(d, dict), type(d).__name__, repr(defaultdict(int)))
