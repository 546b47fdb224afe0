import copy
import math
from fractions import Fraction as F

for x in [F(7, 2), F(-7, 2), F(5, 2), F(-5, 2), F(3, 2), F(10), F(-1, 3), F(2, 3)]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), int(x), round(x), float(x), complex(x))
x = F(1234, 7)
for k in (3, 2, 1, 0, -1, -2, -3):
    print(k, repr(round(x, k)), repr(round(-x, k)))
print(repr(round(F(25, 100), 1)), repr(round(F(35, 100), 1)), repr(round(F(1, 2), 0)))
print(F('3.1415926535897932').limit_denominator(1000), F('3.1415926535897932').limit_denominator(10))
print(F(1, 3).limit_denominator(2), F(-127, 100).limit_denominator(7), repr(F(4).limit_denominator(10)))
print(F(0.1).limit_denominator(), F(1, 7).limit_denominator(1), F(5, 7).limit_denominator(1))
try:
    F(1).limit_denominator(0)
except ValueError as e:
    print(type(e).__name__, e)
print(str(F(3)), str(F(-3, 4)), repr(F(-3, 4)), format(F(1, 3)), f'{F(1, 3)!r:>20}', '%s' % F(1, 5))
try:
    format(F(1, 2), '.2f')
except TypeError as e:
    print(type(e).__name__, e)
print(F(1, 2).__reduce__())
a = F(1, 2)
print(copy.copy(a) is a, copy.deepcopy(a) is a, copy.deepcopy([a])[0] == a)


class G(F):
    pass

g = G(1, 2)
print(copy.copy(g) is g, type(copy.copy(g)).__name__, type(copy.deepcopy(g)).__name__, copy.copy(g) == g)
print(type(G(3, 7).limit_denominator()).__name__, type(round(G(3, 7), 2)).__name__)
