# accumulated floating point results must match bit for bit
import math
s = 0.0
for i in range(1, 10001):
    s += 1.0 / i
print(s)
print(sum(1.0 / (i * i) for i in range(1, 1001)))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(sum([1e100, 1.0, -1e100, 1.0]), math.fsum([1e100, 1.0, -1e100, 1.0]))
x = 1.0
for i in range(50):
    x = x * 1.1 - 0.05
print(x)
print(sum([0.1, 0.2, 0.3], 0.5), sum([], 0.0), sum([1, 2.5]))
acc = 1.0
for i in range(1, 30):
    acc = (acc + 2.0 / acc) / 2
print(acc, acc * acc)
