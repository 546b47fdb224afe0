# many short-lived small lists; checksum of their contents
checksum = 0
for i in range(2_000_000):
    lst = [i, i + 1]
    checksum = (checksum + lst[0] * 3 + lst[1]) % 1_000_000_007
print(checksum)
keep = []
for i in range(200_000):
    t = [i] * 3
    if i % 1000 == 0:
        keep.append(t)
print(len(keep), sum(map(sum, keep)))
