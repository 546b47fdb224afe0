# Measures: closure creation, cell variables (nonlocal), decorators, functools.wraps/partial/reduce and lambdas.
import sys
from functools import wraps, partial, reduce


def counted(func):
    calls = 0

    @wraps(func)
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return func(*args, **kwargs)

    wrapper.call_count = lambda: calls
    return wrapper


def clamp(low, high):
    def decorator(func):
        @wraps(func)
        def wrapper(*args):
            value = func(*args)
            if value < low:
                return low
            if value > high:
                return high
            return value
        return wrapper
    return decorator


def memoize(func):
    cache = {}

    @wraps(func)
    def wrapper(n):
        if n in cache:
            return cache[n]
        result = func(n)
        cache[n] = result
        return result

    wrapper.cache = cache
    return wrapper


@counted
@clamp(-1000, 1000)
def mix(a, b):
    return a * 3 - b


@memoize
def partitions(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    total = 0
    k = 1
    while True:
        g1 = k * (3 * k - 1) // 2
        if g1 > n:
            break
        g2 = k * (3 * k + 1) // 2
        sign = 1 if k % 2 else -1
        total += sign * (partitions(n - g1) + partitions(n - g2))
        k += 1
    return total % 1000000007


def make_counter(start, step):
    value = start

    def increment():
        nonlocal value
        value += step
        return value

    def reset():
        nonlocal value
        value = start

    return increment, reset


def make_adder(n):
    return lambda x: x + n


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed


def make_accumulators(count):
    return [(lambda x, i=i: x * i + 1) for i in range(count)]


def scale(factor, value, offset=0):
    return factor * value + offset


def run(n):
    total = 0

    increment, reset = make_counter(0, 3)
    for i in range(n):
        total += increment()
        if i % 1000 == 999:
            reset()

    for i in range(n):
        total += mix(i % 700, i % 13)
    total += mix.call_count()

    adders = [make_adder(k) for k in range(10)]
    pipeline = compose(*adders)
    for i in range(n // 10):
        total += pipeline(i)

    accs = make_accumulators(8)
    for i in range(n // 8):
        x = i
        for f in accs:
            x = f(x) % 10007
        total += x

    doublers = [partial(scale, 2, offset=k) for k in range(5)]
    for i in range(n // 5):
        total += reduce(lambda acc, f: f(acc) % 65521, doublers, i)

    for k in range(n // 1000 + 1):
        total += partitions(k)
    partitions.cache.clear()
    return total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2500000
    total = run(n)
    print("checksum:", total)
    print("mix called:", mix.call_count(), "times; name:", mix.__name__)
    print("partitions(100) =", partitions(100))


main()
