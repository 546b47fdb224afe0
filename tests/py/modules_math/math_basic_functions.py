# floor/ceil/trunc/sqrt/isqrt/gcd/lcm/factorial/comb/perm
import math
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7), type(math.floor(1.5)).__name__)
print(math.floor(5), math.ceil(10**30), math.floor(-0.0), math.ceil(-0.5))
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(1e-300), math.sqrt(10**20))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**101 - 1))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(2**100, 6**40), math.gcd(), math.gcd(12, 18, 27), math.gcd(7))
print(math.lcm(4, 6), math.lcm(0, 5), math.lcm(), math.lcm(2, 3, 4), math.lcm(-4, 6))
print(math.factorial(0), math.factorial(1), math.factorial(20), math.factorial(30))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 11), math.comb(50, 25), math.perm(5, 2), math.perm(5), math.perm(3, 5))
for bad in (lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.sqrt(-1), lambda: math.gcd(1.5, 2)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
