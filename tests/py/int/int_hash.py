# integer hashes are not randomized
for n in (0, 1, -1, -2, 2, 100, -100, 2**31, 2**61 - 1, 2**61, 2**61 + 5, -(2**61), 2**100, -(2**100), 10**30):
    print(n, hash(n))
print(hash(-1) == -2, hash(True), hash(False))
print(hash(1) == hash(1.0) == hash(True))
print(hash(2**61 - 1), hash(sys := 7))
