# a, *b, c = iterable: the items before the starred part lived only in a
# native vector while the starred list was allocated.
def gen(n):
    for i in range(n):
        yield (i, str(i) * 2)


out = []
for k in range(400):
    a, *b = gen(3)
    x, y, *z, w = gen(4)
    out.append((a, x, y, w))
    if k % 100 == 0:
        print(a, b, x, y, z, w)
print(len(out), out[-1], out[123])
