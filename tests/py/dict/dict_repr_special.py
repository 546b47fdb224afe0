# repr of dicts with various key/value types
print({1: "a", "b": 2, (1,): [1], None: {}, 2.5: (), -0.0: b"x"})
print({"quote'": 'dq"', "nl\n": "tab\t", "é": "😀"})
d = {}
d["me"] = d
print(d)
print(repr({}), str({1: 2}), {1: {}}, {(): ()})
print(dict(a=[1, {"b": (2, 3)}]))
