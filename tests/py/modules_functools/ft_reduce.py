# functools.reduce
from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 11)), reduce(lambda a, b: a + b, ["a", "b", "c"]))
print(reduce(operator.add, [], 0), reduce(operator.add, [5]), reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2]), reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__ + ":", e)
steps = []
def trace(a, b):
    steps.append((a, b))
    return a + b
reduce(trace, [1, 2, 3], 10)
print(steps)
