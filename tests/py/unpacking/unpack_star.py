# extended unpacking with *
first, *rest = range(5)
print(first, rest)
*init, last = [1, 2, 3]
print(init, last)
a, *mid, z = "abcdef"
print(a, mid, z)
a, *mid, z = "ab"
print(a, mid, z)
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
*everything, = (1, 2)
print(everything)
head, *tail = "x"
print(head, tail, type(tail).__name__)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__ + ":", e)
for first, *others in [(1, 2, 3), (4,), "ab"]:
    print(first, others)
