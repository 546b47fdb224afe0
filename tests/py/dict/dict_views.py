# dict views are live and support set operations
d = {"a": 1, "b": 2, "c": 3}
ks, vs, its = d.keys(), d.values(), d.items()
print(ks, vs, its)
d["d"] = 4
print(len(ks), list(vs), ("d", 4) in its, "d" in ks, 4 in vs)
print(sorted(ks & {"a", "z"}), sorted(ks | {"z"}), sorted(ks - {"a"}), sorted(ks ^ {"a", "q"}))
print(ks == {"a", "b", "c", "d"}, ks <= {"a", "b", "c", "d", "e"}, ks.isdisjoint({"x"}))
print(sorted(its & {("a", 1), ("b", 99)}), its == {("a", 1), ("b", 2), ("c", 3), ("d", 4)})
print(list(reversed(ks)), list(reversed(vs)), list(reversed(its)))
print(type(ks).__name__, type(vs).__name__, type(its).__name__)
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
try:
    for k in d.keys():
        del d["a"]
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
print(vs == vs, d.values() == d.values())
try:
    ks[0]
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(list(d.keys()) == list(d), dict(d.items()) == d, {}.keys(), {}.items())
print(ks.mapping == d if hasattr(ks, "mapping") else "no mapping")
