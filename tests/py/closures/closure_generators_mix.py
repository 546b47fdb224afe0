# closures combined with generators and default args
def gen_funcs():
    for i in range(3):
        yield lambda: i
fs = list(gen_funcs())
print([f() for f in fs])
g = gen_funcs()
vals = [f() for f in g]
print(vals)
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    while count < 3:
        bump()
        yield count
print(list(counter_gen()))
def memo(fn):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapped.cache = cache
    return wrapped
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
