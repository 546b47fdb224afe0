# deterministic simulations with a fixed seed
import random
random.seed(2023)
inside = 0
N = 20000
for _ in range(N):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print(inside, 4 * inside / N)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(5000)]
hist = {s: rolls.count(s) for s in range(2, 13)}
print(hist)
walk = 0
for _ in range(1000):
    walk += random.choice((-1, 1))
print(walk)
