# tuples
t = (1, "a", 2.5, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t + (5,), t * 2, (), (1,), tuple(), tuple("ab"), tuple([1, 2]))
print(t.index("a"), t.count(1), 2.5 in t, (1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0), () < (0,))
x = 1, 2, 3
print(x, type(x).__name__)
a, b = b, a = 5, 6
print(a, b)
print(hash((1, 2)) == hash((1, 2)), hash(()), hash((1,)), hash((1, 2)), hash((-1,)), hash(((1, 2), 3)))
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__ + ":", e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    (1, 2) + [3]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__ + ":", e)
inner = ([1],)
inner[0].append(2)
print(inner)
try:
    inner[0] += [3]
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(inner)
