# Every deque method and CPython's error messages.
from collections import deque
import copy


def err(f):
    try:
        r = f()
    except Exception as e:
        print("  ", type(e).__name__, e)
    else:
        print("  ok", r)


print("constructor")
print(deque(), deque([1, 2, 3]), deque("abc"), deque(range(5), 3), deque([], 0))
print(deque(iterable=[1], maxlen=2), deque(maxlen=None))
err(lambda: deque([1], maxlen=-1))
err(lambda: deque([1], maxlen="a"))
err(lambda: deque([1], maxlen=1.5))
err(lambda: deque([1], 2, 3))
err(lambda: deque(foo=1))
err(lambda: deque(1))
d = deque([1, 2], 5)
print(d.maxlen, deque().maxlen)
try:
    d.maxlen = 3
except AttributeError:
    print("maxlen is read-only")
d.__init__([7, 8, 9])
print(d, d.maxlen)

print("ends")
d = deque()
d.append(1); d.appendleft(0); d.append(2)
print(d, d.pop(), d.popleft(), d)
err(lambda: deque().pop())
err(lambda: deque().popleft())
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
print(d)
d.appendleft(-1)
print(d)
d.extend([10, 11])
print(d)
d.extendleft([20, 21])
print(d)
z = deque(maxlen=0)
z.append(1); z.appendleft(2); z.extend([3, 4])
print(z, len(z))

print("extend")
d = deque([1, 2])
d.extend(d)
print(d)
d.extendleft(d)
print(d)
d.extend(x * 10 for x in range(3))
print(d)
d.extendleft("ab")
print(d)
err(lambda: d.extend(5))
err(lambda: d.append())
err(lambda: d.append(1, 2))

print("clear copy count index")
d = deque([1, 2, 1, 3, 1], 9)
c = d.copy()
print(c, c is d, c.maxlen, copy.copy(d), copy.deepcopy(d))
print(d.count(1), d.count(7), d.count(1.0))
print(d.index(1), d.index(1, 1), d.index(1, 3), d.index(3, -3), d.index(1, -100, 100))
err(lambda: d.index(7))
err(lambda: d.index(1, 5))
err(lambda: d.index(3, 0, 2))
err(lambda: d.index(1, "a"))
err(lambda: d.index())
err(lambda: d.index(1, 2, 3, 4))
err(lambda: d.insert(1))
err(lambda: d.count())
err(lambda: d.pop(1))
d.clear()
print(d, len(d), bool(d))

print("insert remove reverse rotate")
d = deque([1, 2, 3])
d.insert(1, 9); d.insert(-1, 8); d.insert(100, 7); d.insert(-100, 6)
print(d)
err(lambda: deque([1], maxlen=1).insert(0, 2))
d.remove(9)
print(d)
err(lambda: d.remove(42))
d.reverse()
print(d)
d.rotate(); print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(100); print(d)
d.rotate(0); print(d)
deque().rotate(5)
err(lambda: d.rotate("a"))
err(lambda: d.rotate(1, 2))

print("indexing")
d = deque(range(5))
print(d[0], d[4], d[-1], d[-5])
d[1] = "x"; d[-1] = "y"
print(d)
del d[0]; del d[-2]
print(d)
for k in (5, -6, 100):
    err(lambda: d[k])
err(lambda: d[0:1])
err(lambda: d["a"])
err(lambda: d.__setitem__(10, 1))
err(lambda: d.__delitem__(-10))


class Idx:
    def __index__(self):
        return 1


print(d[Idx()], d[True])

print("contains len bool")
d = deque([1, "a", None])
print(1 in d, "a" in d, 2 in d, None in d, len(d), bool(d), bool(deque()))

print("iteration")
d = deque(range(4))
print(list(d), list(reversed(d)), list(iter(d)))
it = iter(d)
print(next(it), it.__length_hint__(), type(it).__name__, type(reversed(d)).__name__)
print(list(it))

print("repr")
d = deque()
d.append(d)
print(d)
e = deque([1])
e.append([e, 2])
print(e, deque([1, 2], maxlen=3), deque("ab", 0))

print("comparisons")
a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == a.copy(), a == b, a != b, a < b, a <= b, a > b, a >= b, deque() < a)
print(deque([1]) == [1], deque([1, 2]) == deque([1, 2], maxlen=5))
for f in (lambda: deque([1]) < [1], lambda: hash(deque())):
    try:
        f()
    except TypeError:
        print("TypeError")  # the message names 'collections.deque' in CPython
print(deque.__hash__)

print("operators")
a = deque([1, 2], 3)
print(a + deque([3, 4]), a * 2, 2 * a, a * 0, a * -1, deque([1, 2]) * 3)
err(lambda: a + [1])
err(lambda: a * "x")
err(lambda: a * 1.5)


class R:
    def __rmul__(self, other):
        return "R.__rmul__"


print(a * R())
x = deque([1, 2])
y = x
x += [3]
x += x
print(x, x is y)
x *= 2
print(x, x is y)
x *= 0
print(x, x is y)
m = deque([1, 2, 3], 4)
m *= 3
print(m)

print("generic alias")
print(deque[int], deque[int, str].__args__, deque.__class_getitem__(int).__origin__)
print(type(deque).__name__, deque.__name__, deque.__module__)
print(deque.__reduce__ is not None, deque([1], 2).__reduce__()[:3])
