# iterator objects are lazy and single-pass
from itertools import count, islice, chain, cycle
import itertools
evens = (x for x in count() if x % 2 == 0)
print(list(islice(evens, 5)), list(islice(evens, 3)))
c = chain([1, 2], [3])
print(next(c), list(c), list(c))
cy = cycle([1, 2])
print([next(cy) for _ in range(5)])
print(type(itertools.count()).__name__, type(chain()).__name__, iter(c) is c)
def noisy():
    for i in range(3):
        print("gen", i)
        yield i
p = itertools.product(noisy(), "ab")
print("product created (consumed eagerly)")
print(next(p))
