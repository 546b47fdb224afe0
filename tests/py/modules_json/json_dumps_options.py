import json

data = {"b": [1, 2, {"x": None}], "a": {"y": [], "z": {}}, "c": "s"}

print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="--"))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps([1, [2, 3]], indent=1))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=2, separators=(", ", " = ")))
print(json.dumps(data, sort_keys=True))
print(json.dumps({3: "a", 1: "b", 2: "c"}, sort_keys=True))

# ensure_ascii
s = "caf\u00e9 \u4e2d \U0001F600 \x7f \x01"
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({s: s}, ensure_ascii=False))

# allow_nan
for kw in [{}, {"indent": 1}]:
    try:
        json.dumps([1.0, float("nan")], allow_nan=False, **kw)
    except ValueError as e:
        print("ValueError:", e)
    try:
        json.dumps({float("inf"): 1}, allow_nan=False, **kw)
    except ValueError as e:
        print("ValueError:", e)

# default= and cls=
def default(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, complex):
        return {"re": o.real, "im": o.imag}
    raise TypeError("cannot " + type(o).__name__)

print(json.dumps({"s": {3, 1, 2}, "c": 1 + 2j}, default=default))
try:
    json.dumps(object(), default=default)
except TypeError as e:
    print("TypeError:", e)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)

print(json.dumps({"p": Point(1, 2), "ps": [Point(3, 4)]}, cls=PointEncoder))
print(PointEncoder(indent=1).encode([Point(5, 6)]))
print(json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": 2}))
print(list(json.JSONEncoder().iterencode([1, {"a": "b"}])) != [])
print("".join(json.JSONEncoder().iterencode([1, {"a": "b"}])))
print(json.JSONEncoder().encode("str\n"))
try:
    json.dumps({"p": Point(1, 2)})
except TypeError as e:
    print("TypeError:", e)

# skipkeys and bad keys
print(json.dumps({(1, 2): 1, "ok": 2, 3: 4}, skipkeys=True))
for bad in [{(1, 2): 1}, {1j: 2}, {frozenset(): 3}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)

# Unserializable values
for bad in [{1, 2}, b"bytes", object, 1j, Point(0, 0)]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)

# Circular references
lst = [1]
lst.append(lst)
d = {}
d["self"] = d
for obj in [lst, d, [d]]:
    for kw in [{}, {"indent": 2}]:
        try:
            json.dumps(obj, **kw)
        except ValueError as e:
            print("ValueError:", e)

class Loop:
    pass

def loop_default(o):
    return [o]

try:
    json.dumps(Loop(), default=loop_default)
except ValueError as e:
    print("ValueError:", e)

# check_circular=False still encodes shared (non-circular) objects
shared = [1, 2]
print(json.dumps([shared, shared], check_circular=False))
print(json.dumps([shared, shared]))
