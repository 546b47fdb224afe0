# edge cases of list methods
a = [1, 2, 3, 2, 1]
print(a.index(2), a.index(2, 2), a.index(1, -1), a.index(3, -10, 10))
try:
    a.index(3, 0, 2)
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(a.count(2), a.count("2"), [1, 1.0, True].count(1), [[1], [1]].count([1]))
b = [3, 1, 2]
print(b.sort(), b, b.reverse(), b)
c = [1, 2, 3]
c.remove(2)
print(c, c.pop(-1), c)
d = []
d.extend(d)
d.extend([1])
d.extend(d)
print(d)
e = [1, 2]
e.insert(1, e[:])
print(e)
nan = float("nan")
f = [nan]
print(f.count(nan), nan in f, f.index(nan), f == f, [nan] == [float("nan")])
print([1, 2, 3].__len__(), [1].__contains__(1), list.__getitem__([5, 6], 1))
print([0] * -5, [[1]] * 2, [None] * 3)
