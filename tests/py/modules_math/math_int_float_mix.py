# math functions accept ints, big ints and objects with __float__ / __index__
import math
print(math.sqrt(4), math.sqrt(10**100), math.floor(10**50 + 0.5) == 10**50, math.log(2**10000, 2))
class F:
    def __float__(self):
        return 2.25
print(math.sqrt(F()), math.floor(F()), math.exp(F()) > 9)
print(math.isqrt(True), math.factorial(True), math.gcd(True, 4))
try:
    math.sqrt("4")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    math.floor("x")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    math.sqrt(10**400)
except OverflowError as e:
    print(type(e).__name__ + ":", e)
print(math.trunc(1e300) == int(1e300), math.ceil(1e20), math.floor(-1e-300))
