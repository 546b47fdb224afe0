# repr/str of containers with nested strings/floats used in formatting
data = {"a": [1, 2.5, "x'y", ("t",)], "b": {"nested": None}, 3: {1, 2}}
print(data)
print(str(data) == repr(data), f"{data}", "%s" % (data,), "{}".format(data))
print([["a"], [], [[]]], ((),), (1,), [(1, 2), ()])
print({"k": "v\n", "q": 'it\'s'}, ["tab\t", "\\"])
print(repr([1.0, -0.0, 1e16, float("inf")]))
print(str(["é", "😀"]), ascii(["é", "😀"]))
