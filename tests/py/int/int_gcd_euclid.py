# euclid and extended arithmetic using ints
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
print(gcd(48, 18), gcd(-48, 18), gcd(0, 5), gcd(2**100, 6**50))
print(egcd(240, 46), egcd(17, 5), egcd(2**61 - 1, 10**9 + 7))
primes = [n for n in range(2, 200) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
print(len(primes), sum(primes))
