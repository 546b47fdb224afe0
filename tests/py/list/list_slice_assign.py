# slice assignment and deletion
a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[1:1] = [100, 200, 300]
print(a)
a[:] = a[::-1]
print(a)
a[::2] = "ABCDEF"
print(a)
del a[::3]
print(a)
del a[1:3]
print(a)
a[-2:] = []
print(a)
a[100:] = [7, 8]
print(a)
a[-100:0] = [0]
print(a)
b = [1, 2, 3]
b[1:2] = b
print(b)
c = list(range(8))
del c[5:1:-1]
print(c)
c[len(c):] = range(3)
print(c)
d = list(range(6))
d[4:1:-1] = "xyz"
print(d)
e = [1, 2, 3, 4]
e[1:3] = (x * 10 for x in range(5))
print(e)
f = [0, 1, 2, 3]
del f[:]
print(f)
g = list(range(5))
g[3:1] = ["ins"]
print(g)
try:
    g[::-1] = [1]
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    g[1:2] = 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
