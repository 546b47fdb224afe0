# lru_cache and cache with cache_info
from functools import lru_cache, cache
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(sq.cache_info())
@lru_cache
def typed_default(x):
    return type(x).__name__
print(typed_default(1), typed_default(1.0), typed_default.cache_info())
@lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info())
@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(50), fact.cache_info())
@lru_cache(maxsize=None)
def kw(a, b=1):
    return a + b
print(kw(1), kw(1, b=1), kw(a=1), kw(1, 1), kw.cache_info())
try:
    sq([1])
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(fib.__name__, fib.__wrapped__.__name__)
