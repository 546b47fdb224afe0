# mapping patterns: keys, **rest, get() semantics, custom mappings
import collections
import collections.abc


def describe(m):
    match m:
        case {}:
            pass
    match m:
        case {"kind": "circle", "r": r}:
            return f"circle r={r}"
        case {"kind": "rect", "w": w, "h": h, **rest}:
            return f"rect {w}x{h} extra={rest}"
        case {1: one, 2.0: two}:
            return f"numeric keys {one} {two}"
        case {None: x, True: y}:
            return f"singleton keys {x} {y}"
        case {**everything} if not everything:
            return "empty mapping"
        case {"kind": k}:
            return f"unknown kind {k}"
        case _:
            return "not a mapping pattern"


for m in ({"kind": "circle", "r": 2}, {"kind": "rect", "w": 1, "h": 2},
          {"kind": "rect", "w": 1, "h": 2, "color": "red", "z": 0},
          {1: "a", 2: "b"}, {1.0: "a", 2: "b", 3: "c"}, {None: 0, 1: 1},
          {}, {"kind": "hex"}, [("kind", "circle")], "kind", 42):
    print(describe(m))


# the {} pattern matches any mapping
match {"a": 1}:
    case {}:
        print("{} matches non-empty dict")

# **rest is a fresh dict without the matched keys
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"a": _, **rest}:
        rest["z"] = 26
        print(rest, d)


# get() is used, so defaultdict does not grow
dd = collections.defaultdict(list, {"x": 1})
match dd:
    case {"missing": _}:
        print("matched missing?")
    case {"x": v}:
        print("x is", v, "keys", sorted(dd))


class Spy(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return super().get(key, default)

    def __getitem__(self, key):
        print("  getitem", repr(key))
        return super().__getitem__(key)


match Spy(a=1, b=2):
    case {"b": b, "a": a}:
        print("spy", a, b)


class Config(collections.abc.Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)


match Config(host="h", port=80, debug=True):
    case {"host": host, "port": port, **others}:
        print("config", host, port, others, type(others).__name__)

od = collections.OrderedDict([("k", 1)])
match od:
    case {"k": 1}:
        print("OrderedDict matched")


# dotted keys, and duplicate / unhashable keys found at run time
class K:
    a = "key"
    b = "key"
    lst = [1]


match {"key": 5}:
    case {K.a: v}:
        print("dotted key", v)
try:
    match {"key": 5}:
        case {K.a: 1, K.b: 2}:
            pass
except ValueError as e:
    print("ValueError:", e)
try:
    match {"key": 5}:
        case {K.lst: 1}:
            pass
except TypeError as e:
    print("TypeError:", e)


# nested mapping and sequence patterns
event = {"type": "click", "pos": [3, 4], "mods": {"shift": True}}
match event:
    case {"type": "click", "pos": [x, y], "mods": {"shift": True}}:
        print("shift-click at", x, y)

# values are compared with ==, keys looked up by hash
match {1: "one"}:
    case {True: v}:
        print("True finds key 1:", v)
