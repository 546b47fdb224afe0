# zip (strict), map with several iterables, filter None
print(list(zip()), list(zip([1, 2, 3], "ab")), list(zip(range(3), range(10, 13), "xyz")))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2], [5, 5])), list(map(str, [])))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 2.5])), list(filter(lambda x: x > 1, [1, 2, 3])))
z = zip("ab", "cd")
print(next(z), list(z), list(z))
print(dict(zip("abc", range(3))), list(zip(*[(1, "a"), (2, "b")])))
print(type(zip()).__name__, type(map(len, [])).__name__, type(filter(None, [])).__name__)
try:
    map(len)
except TypeError as e:
    print(type(e).__name__ + ":", e)
