# slicing a range gives a range
r = range(0, 20, 2)
print(r[2:5], r[::-1], r[::3], r[-3:], r[5:2], r[100:], r[1::-1], r[-100:3])
print(range(10)[::-2], range(10, 0, -1)[2:5], range(5)[::-1][::-1], list(range(10)[3:8:2]))
print(range(1, 10, 3)[1:], range(-5, 5)[::4], len(range(100)[::7]))
try:
    r[::0]
except ValueError as e:
    print(type(e).__name__ + ":", e)
