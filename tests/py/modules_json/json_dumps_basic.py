import json

# Scalars
for v in [None, True, False, 0, -7, 10**30, 1.5, 0.1, 1e16, 1e-7, -0.0, 2.0,
          123456789.123, "", "plain", "quote\" back\\slash", "tab\t nl\n cr\r",
          "\b\f\x00\x1f\x7f", "caf\u00e9", "\u4e2d\u6587", "\U0001F600 smile"]:
    print(json.dumps(v))

# Containers
print(json.dumps([]))
print(json.dumps({}))
print(json.dumps([1, [2, [3, []]], {}]))
print(json.dumps((1, "two", (3,))))
print(json.dumps({"a": 1, "b": [True, None], "c": {"d": "e"}}))

# Non-str keys become strings
print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n"}))
print(json.dumps({-3: 0, 10**20: 1}))

# NaN and infinities
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
print(json.dumps({float("inf"): 1}))

# int and float subclasses are written as numbers
class MyInt(int):
    def __repr__(self):
        return "MyInt!"

class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"

print(json.dumps([MyInt(5), MyFloat(2.5)]))
print(json.dumps({MyInt(7): MyFloat(1.0)}))

# str/dict/list subclasses
class MyStr(str):
    pass

class MyDict(dict):
    pass

class MyList(list):
    pass

print(json.dumps(MyStr("s")), json.dumps(MyDict(a=1)), json.dumps(MyList([1, 2])))

# Round trip
doc = {"list": [1, 2.25, "x"], "nested": {"k": [None, True]}, "u": "\u00fc"}
print(json.loads(json.dumps(doc)) == doc)
