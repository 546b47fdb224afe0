# uniform, gauss, choices, other distributions rounded for libm independence
import random
random.seed(3)
print([random.uniform(1, 10) for _ in range(5)])
print([random.uniform(-1, 1) for _ in range(3)])
print([round(random.gauss(0, 1), 10) for _ in range(6)])
print([round(random.gauss(100, 15), 8) for _ in range(4)])
print(random.choices("abc", k=10))
print(random.choices(["red", "green", "blue"], weights=[10, 1, 1], k=10))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 100], k=8))
print([round(random.expovariate(1.5), 10) for _ in range(3)])
print([round(random.triangular(0, 10, 3), 10) for _ in range(3)])
try:
    random.choices("ab", weights=[1], k=2)
except ValueError as e:
    print(type(e).__name__ + ":", e)
