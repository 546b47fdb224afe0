# fsum and prod
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e308, 1.0, -1e308]), math.fsum([]), math.fsum(range(10)))
print(math.fsum([1, 1e100, 1, -1e100] * 10000), math.fsum([0.3, 0.3, 0.3, -0.9]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 21)), math.prod([1, 2], start=10), math.prod(["a"], start=1) if False else "")
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(math.fsum([math.inf, 1]))
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print(type(e).__name__ + ":", e)
