# Fibonacci numbers three ways: naive recursion, a memo dict, and a simple loop.


def fib_recursive(n):
    # Two recursive calls per level: exponential time, good for measuring calls.
    if n < 2:
        return n
    return fib_recursive(n - 1) + fib_recursive(n - 2)


def fib_memo(n, memo={0: 0, 1: 1}):
    # The default dict is shared between calls, so it remembers earlier answers.
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]


def fib_loop(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


for n in range(0, 21, 4):
    print(f"fib({n:2}) = {fib_recursive(n)}")

print("fib(25) recursive:", fib_recursive(25))
print("fib(25) memo:     ", fib_memo(25))
print("fib(25) loop:     ", fib_loop(25))
print("fib(100) =", fib_loop(100))
print("first 15:", ", ".join(str(fib_loop(i)) for i in range(15)))
