import numbers
from numbers import Number, Complex, Real, Rational, Integral

values = [1, True, 1.5, 1j, float('nan'), 10**30, "1", None, [1]]
for v in values:
    print(repr(v), [isinstance(v, c) for c in (Number, Complex, Real, Rational, Integral)])
for t in (int, bool, float, complex, str, object):
    print(t.__name__, [issubclass(t, c) for c in (Number, Complex, Real, Rational, Integral)])
print(issubclass(Integral, Rational), issubclass(Rational, Real),
      issubclass(Real, Complex), issubclass(Complex, Number))
print(issubclass(Number, Integral))
print(numbers.__all__)
for c in (Number, Complex, Real, Rational, Integral):
    print(c.__name__, sorted(c.__abstractmethods__))
print(Number.__hash__)
print(type(Number).__name__)
