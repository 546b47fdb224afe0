# Measures: Python function call overhead and small-int arithmetic (naive recursive Fibonacci).
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 36
    result = fib(n)
    if result != fib_iter(n):
        print("mismatch!")
        sys.exit(1)
    print("fib(%d) = %d" % (n, result))
    print("fib(90) = %d" % fib_iter(90))


main()
