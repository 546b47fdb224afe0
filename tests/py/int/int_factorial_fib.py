# big-number workloads
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(100))
print(sum(int(c) for c in str(fact(200))))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
print(a % 1000000007, a.bit_length())
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 100), isqrt(2 * 10 ** 60))
print(fact(30) // fact(28), fact(25) % fact(13))
print(pow(fact(20), 3) - fact(20) ** 3)
