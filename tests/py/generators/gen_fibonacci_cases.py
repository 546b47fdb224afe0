# classic generator programs
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 20)))
def collatz(n):
    while n != 1:
        yield n
        n = 3 * n + 1 if n % 2 else n // 2
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))), max(collatz(27)))
def running_avg():
    total = 0.0
    n = 0
    avg = None
    while True:
        v = yield avg
        total += v
        n += 1
        avg = total / n
r = running_avg()
next(r)
print([round(r.send(v), 3) for v in [1, 2, 3, 10, 0.5]])
