# numeric conversion dunders
class N:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __complex__(self):
        return complex(self.v, 1)
    def __round__(self, nd=None):
        return "round(%r)" % (nd,)
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
n = N(3.7)
import math
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
print(bin(n), "abcdef"[N(2)], [1, 2, 3, 4][N(1):N(3)], range(N(3)))
class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__ + ":", e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__ + ":", e)
