# user-defined iterator classes
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, "exhausted"))
for x in Countdown(3):
    print("x", x)
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
f = Fib(100)
print(list(f), list(f), sum(Fib(1000)))
print(list(zip(Countdown(3), Fib(10))), dict(zip("abc", Countdown(3))))
class NoNext:
    def __iter__(self):
        return self
try:
    for _ in NoNext():
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__ + ":", e)
