# packing, unpacking and swapping
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, q], [r] = "pq", ["r"]
print(p, q, r)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
def pair():
    return 1, 2
m, n = pair()
print(m, n, pair())
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
single, = [42]
print(single)
