# generator basics
def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")
g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def empty():
    return
    yield
print(list(empty()))
def gen_with_return():
    yield 1
    return "result"
g2 = gen_with_return()
print(next(g2))
try:
    next(g2)
except StopIteration as e:
    print("returned", e.value)
print(sum(x * x for x in range(10)), list(x for x in "ab"))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
inf = infinite()
print([next(inf) for _ in range(5)])
