# __call__ makes instances callable
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest, scale=1):
        return x * self.k * scale + sum(rest)
m = Multiplier(3)
print(m(2), m(2, 1, 1), m(2, scale=10), callable(m), list(map(m, [1, 2])))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c()
print(c(), c.calls)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__ + ":", e)
class ClassCall:
    def __call__(self):
        return "instance call"
print(ClassCall()(), type(ClassCall()).__call__(ClassCall()))
