# The interpreter's list fast paths: subscripts, stores, for loops over
# lists and ranges, slices with int bounds, repetition.
a = [10, 20, 30]
print(a[0], a[-1], a[-3], a[2])
for i in [3, -4, 2**62, -(2**62), 2**70]:
    try:
        print(a[i])
    except IndexError as e:
        print("IndexError", e)
    try:
        a[i] = 1
    except IndexError as e:
        print("IndexError", e)
a[-1] = 99
a[0] += 5
print(a)

class L(list):
    def __getitem__(self, i):
        return ("L", list.__getitem__(self, i))
    def __setitem__(self, i, v):
        list.__setitem__(self, i, v * 2)
    def __iter__(self):
        return iter(["x", "y"])
l = L([1, 2, 3])
l[1] = 5
print(l[1], list.__getitem__(l, 1), [v for v in l], list(l))

# iterating while the list changes
b = [1, 2, 3]
out = []
for x in b:
    out.append(x)
    if x == 1:
        b.append(4)
    if len(b) > 6:
        break
print(out, b)
c = [1, 2, 3, 4]
for x in c:
    c.remove(x)
print(c)
it = iter([1, 2])
print(next(it), next(it), next(it, "end"), next(it, "end"))

# ranges: small ints, big ints, negative steps, empty
for r in [range(3), range(5, 0, -2), range(0), range(2**62 - 2, 2**62 + 2), range(-(2**62) + 1, -(2**62) - 2, -1), range(10, 0)]:
    print([x for x in r])
t = 0
for i in range(1000):
    t += i
print(t)
r = iter(range(2))
print(next(r), next(r), next(r, None))

# slices with int bounds
p = list(range(10))
print(p[2:5], p[-3:], p[:-8], p[::-1], p[5::-2], p[2**62:], p[-(2**62):2], p[1:8:3])
p[:3] = p[2::-1]
print(p)
p[::2] = [0] * 5
print(p)
print(p[True:3], p[False:-True])

# repetition
print([] * 10**18, () * 10**18, [1, 2] * 3, 2 * (1,), [0] * 0, [1] * -1)
q = [1, 2]
q *= 2
print(q)
q = []
q *= 10**18
print(q)
