# equal int/float/bool keys are the same key
d = {}
d[1] = "int"
print(d)
d[1.0] = "float"
print(d)
d[True] = "bool"
print(d, len(d), d[1], d[1.0], d[True])
d[0] = "zero"
print(d[False], d[0.0], d[-0.0])
print({1: "a", 1.0: "b", True: "c"})
print({True: "a", 1: "b"}, {1.0: "x", 1: "y"})
print(1 in {True: 0}, 2.0 in {2: 0}, {2**60: 1}.get(float(2**60)))
s = {1, 1.0, True}
print(s, len(s))
print({0, 0.0, False, -0.0})
e = {}
e[2] = "a"
e[2.5] = "b"
e[complex(2, 0)] = "c"
print(e)
