# range objects
r = range(10)
print(r, range(1, 10), range(1, 10, 2), range(10, 0, -3), range(0), range(5, 5), range(-3, 3))
print(len(r), len(range(1, 10, 2)), len(range(10, 0, -3)), len(range(0, -5)), len(range(-5, 5, 3)))
print(list(range(10, 0, -3)), list(range(-3, 3)), list(range(0, -10, -4)), list(range(5, 1)))
print(r[0], r[-1], r[3], range(1, 10, 2)[-2], range(10, 0, -3)[1])
print(5 in r, 10 in r, -1 in r, 3 in range(1, 10, 2), 4 in range(1, 10, 2), 2.0 in r, "a" in r)
print(r.index(7), range(10, 0, -3).index(4), r.count(3), r.count(11), range(1, 10, 2).count(5))
print(r.start, r.stop, r.step, range(2, 9, 3).stop)
print(range(3) == range(3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(1) == [0])
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
print(hash(range(3)) == hash(range(0, 3, 1)), bool(range(0)), bool(range(1)))
print(range(2**100)[2**99], len(range(0, 2**80, 2**70)), 2**99 in range(2**100))
try:
    len(range(2**100))
except OverflowError as e:
    print(type(e).__name__ + ":", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__ + ":", e)
try:
    r.index(10)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    range()
except TypeError as e:
    print(type(e).__name__ + ":", e)
