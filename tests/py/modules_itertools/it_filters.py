# dropwhile, takewhile, filterfalse, islice
from itertools import dropwhile, takewhile, filterfalse, islice
nums = [1, 4, 6, 4, 1, 7]
print(list(dropwhile(lambda x: x < 5, nums)), list(takewhile(lambda x: x < 5, nums)))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)), list(islice("ABC", 1, 100)))
print(list(islice(range(100), 10, 20, 3)), list(islice([], 5)))
try:
    islice("abc", -1)
except ValueError as e:
    print(type(e).__name__ + ":", e)
it = iter(range(10))
print(list(islice(it, 3)), next(it))
