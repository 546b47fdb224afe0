# iterating different containers
for c in "hi":
    print("str", c)
for b in b"\x01\x02":
    print("bytes", b)
for k in {"x": 1, "y": 2}:
    print("dict", k)
for t in (1, 2):
    print("tuple", t)
for s in sorted({3, 1, 2}):
    print("set", s)
for r in range(2, -2, -1):
    print("range", r)
for line in "a\nb".splitlines():
    print("line", line)
for i, (x, y) in enumerate(zip("ab", [10, 20]), start=1):
    print("nested unpack", i, x, y)
