# del statement on lists and names
a = list(range(10))
del a[0]
del a[-1]
print(a)
del a[2:4], a[0]
print(a)
b = [1, 2]
del b
try:
    print(b)
except NameError as e:
    print(type(e).__name__ + ":", e)
c = [[1, 2], [3, 4]]
del c[0][1]
print(c)
try:
    del c[5]
except IndexError as e:
    print(type(e).__name__ + ":", e)
d, e = [1, 2], [3]
del d[:], e[0]
print(d, e)
