from fractions import Fraction as F
import numbers

print(F(), F(3), F(-6, 4), F(5, -10), F(-5, -10), F(0, -3))
print(repr(F(True)), type(F(True).numerator).__name__, F(10**30, 6))
print(F(F(1, 2)), F(F(1, 2), F(1, 3)), F(3, F(1, 2)), F(numerator=3, denominator=9))
print(F(0.1), F(-2.5), F(1e20), F(0.0), F(-0.0))
for s in ['3/4', ' -1.5e3 ', '0.1', '1_000', '1 / 2', ' 3/4 ', '1e', '.5', '5.',
          '1/0', '1.5/2', '+3', '-0', '1__0', '-.5e-2', '1_0.2_5e1_0', '', ' ',
          '.', 'e5', '1/-2', '0x10', '2E+3', '\t7/21\n', '3/4x', 'x', 'nan', 'inf']:
    try:
        print(repr(s), repr(F(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for args in [(1, 0), (0, 0), (1.5, 1), ('1', 2), (None,), ([],), (1j,),
             (float('nan'),), (float('inf'),), (float('-inf'),), (F(1, 2), 0)]:
    try:
        print(repr(F(*args)))
    except Exception as e:
        print(args, type(e).__name__, e)
print(F.from_float(0.25), F.from_float(3), F.from_float(-1e-3), F.from_decimal(3))
for f in (1.5j, 'x', F(1, 2)):
    try:
        F.from_float(f)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    F.from_decimal(1.5)
except TypeError as e:
    print(type(e).__name__, e)
a = F(6, 8)
print(a.numerator, a.denominator, a.as_integer_ratio(), a.real, a.imag, a.conjugate())
print(isinstance(a, numbers.Rational), isinstance(a, numbers.Integral))


class R:
    """A user class registered as a Rational: 14/6."""
    numerator = 14
    denominator = 6

numbers.Rational.register(R)
print(F(R()), F(R(), 2), F(1, R()))


class G(F):
    pass

g = G(2, 4)
print(repr(g), type(g).__name__, str(g), isinstance(g, F))
