# randint, randrange, choice
import random
random.seed(42)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(10)])
print([random.randrange(-10, 10) for _ in range(10)])
print([random.choice("abcdefg") for _ in range(10)])
print(random.choice([[1], (2,), "three"]), random.randint(10 ** 20, 10 ** 21))
for bad in (lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randint(5, 1), lambda: random.randrange(1, 10, 0)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
