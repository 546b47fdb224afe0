# unpacking in for loops and comprehensions
pairs = [(1, "one"), (2, "two")]
for num, word in pairs:
    print(num, word)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
print([k + str(v) for k, v in {"a": 1, "b": 2}.items()])
print({v: k for k, v in pairs})
for i, (x, *ys) in enumerate([[1, 2, 3], [4]]):
    print(i, x, ys)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print(type(e).__name__ + ":", e)
