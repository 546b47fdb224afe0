# count, cycle, repeat
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)), list(islice(count(5, -2), 4)))
print(list(islice(cycle("abc"), 8)), list(islice(cycle([]), 3)))
print(list(repeat("x", 3)), list(repeat(1, 0)), list(islice(repeat(7), 4)), list(repeat(None, -1)))
print(list(zip(count(1), "abc")), list(map(pow, range(5), repeat(2))))
c = count(3)
next(c)
print(repr(c), repr(repeat(1, 2)))
