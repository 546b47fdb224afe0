# return semantics
def multi():
    return 1, "two", [3]
a, b, c = multi()
print(a, b, c, multi())
def early(x):
    if x < 0:
        return "neg"
    for i in range(10):
        if i == x:
            return "found %d" % i
    return "big"
print(early(-1), early(3), early(50))
def no_return():
    x = 1
print(no_return())
def returns_func():
    def inner():
        return "inner result"
    return inner
print(returns_func()())
def loop_return():
    while True:
        try:
            return "from try"
        finally:
            print("finally runs")
print(loop_return())
