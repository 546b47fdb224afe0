# assignment expressions in comprehensions
data = [1, 5, 2, 8, 3]
print([y for x in data if (y := x * 2) > 5])
print(y)
total = 0
partial = [total := total + v for v in data]
print(partial, total)
print(any((hit := v) > 6 for v in data), hit)
def g():
    [last := n for n in range(4)]
    return last
print(g())
import math
vals = [math.sqrt(v) for v in (4, 9, 10) if (r := math.isqrt(v)) * r == v]
print(vals)
