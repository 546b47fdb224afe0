# float hashes (not randomized)
for v in (0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 1e100, 2.0 ** 61, 2.0 ** 62, 123.456, -1.0, float("inf"), float("-inf"), 1e-300):
    print(v, hash(v))
print(hash(1.0) == hash(1), hash(2.0 ** 80) == hash(2 ** 80), hash(-1.0))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print({0.0: 1, -0.0: 2, 0: 3, False: 4})
