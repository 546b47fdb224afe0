# tuple hashes (deterministic for ints/floats/None-free tuples)
for t in [(), (0,), (1,), (1, 2), (2, 1), (1, 2, 3), (-1, -2), (1.5, 2), ((), ()), ((1,), (2,)), (True, False), (2**70, 1)]:
    print(t, hash(t))
print(hash((1, 2)) == hash((1.0, 2.0)) == hash((True, 2)))
d = {(1, 2): "a", (1.0, 2.0): "b"}
print(d)
