"""Fraction, infinite-precision, rational numbers.

Written for Taipan from the Python 3.11 documentation of the `fractions`
module; CPython was used only as a black-box oracle for results and messages.
"""

import math
import numbers

__all__ = ['Fraction']

# Hashing of numeric types (see the "Hashing of numeric types" section of the
# standard types documentation): the modulus is the Mersenne prime 2**61 - 1
# and infinities hash to 314159.
_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _is_decimal_digits(part):
    """True if `part` is one or more decimal digits, where single underscores
    may separate two digits."""
    if not part or part[0] == '_' or part[-1] == '_':
        return False
    previous_underscore = False
    for ch in part:
        if ch == '_':
            if previous_underscore:
                return False
            previous_underscore = True
        elif ch.isdecimal():
            previous_underscore = False
        else:
            return False
    return True


def _digits_value(part):
    return int(part.replace('_', ''))


def _parse_literal(text):
    """Parse a Fraction literal; return (numerator, denominator) with the
    denominator possibly zero, or None if the text is not a valid literal."""
    body = text.strip()
    negative = False
    if body[:1] in ('+', '-'):
        negative = body[0] == '-'
        body = body[1:]
    if not body:
        return None
    slash = body.find('/')
    if slash >= 0:
        top, bottom = body[:slash], body[slash + 1:]
        if not (_is_decimal_digits(top) and _is_decimal_digits(bottom)):
            return None
        num, den = _digits_value(top), _digits_value(bottom)
    else:
        exponent = 0
        for marker in ('e', 'E'):
            at = body.find(marker)
            if at >= 0:
                expo_text = body[at + 1:]
                body = body[:at]
                expo_negative = False
                if expo_text[:1] in ('+', '-'):
                    expo_negative = expo_text[0] == '-'
                    expo_text = expo_text[1:]
                if not _is_decimal_digits(expo_text):
                    return None
                exponent = _digits_value(expo_text)
                if expo_negative:
                    exponent = -exponent
                break
        dot = body.find('.')
        if dot >= 0:
            whole, frac = body[:dot], body[dot + 1:]
        else:
            whole, frac = body, ''
        if not whole and not frac:
            return None
        if whole and not _is_decimal_digits(whole):
            return None
        if frac and not _is_decimal_digits(frac):
            return None
        frac_digits = frac.replace('_', '')
        num = int(whole.replace('_', '') + frac_digits or '0')
        exponent -= len(frac_digits)
        den = 1
        if exponent >= 0:
            num *= 10 ** exponent
        else:
            den = 10 ** (-exponent)
    if negative:
        num = -num
    return num, den


def _ratio(value):
    """(numerator, denominator) of an int, a Fraction or another Rational,
    or None for anything else."""
    if type(value) is int:
        return value, 1
    if isinstance(value, Fraction):
        return value._num, value._den
    if isinstance(value, int):
        return int(value), 1
    if isinstance(value, numbers.Rational):
        return value.numerator, value.denominator
    return None


def _new_reduced(num, den):
    """A Fraction from a numerator and a positive denominator already in
    lowest terms."""
    obj = object.__new__(Fraction)
    obj._num = num
    obj._den = den
    return obj


def _reduce(num, den):
    """A Fraction equal to num/den for a positive den."""
    g = math.gcd(num, den)
    if g != 1:
        num //= g
        den //= g
    return _new_reduced(num, den)


def _sign(n):
    return (n > 0) - (n < 0)


class Fraction(numbers.Rational):
    """This class implements rational numbers.

    Fraction(numerator=0, denominator=None) is an exact rational number
    kept in lowest terms with a positive denominator.  It can be built from
    two Rational values, a single Rational (int, Fraction, ...), a float
    (exactly), or a string such as '3/4', '-1.5e3' or ' 0.1 '.
    """

    __slots__ = ('_num', '_den')

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._num = numerator
                self._den = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._num = numerator.numerator
                self._den = numerator.denominator
                return self
            if isinstance(numerator, float):
                num, den = numerator.as_integer_ratio()
                self._num = num
                self._den = den
                return self
            if isinstance(numerator, str):
                parsed = _parse_literal(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % (numerator,))
                num, den = parsed
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            num, den = numerator, denominator
        elif (isinstance(numerator, numbers.Rational)
              and isinstance(denominator, numbers.Rational)):
            num = numerator.numerator * denominator.denominator
            den = denominator.numerator * numerator.denominator
        else:
            raise TypeError('both arguments should be Rational instances')
        if den == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % num)
        g = math.gcd(num, den)
        if den < 0:
            g = -g
        self._num = num // g
        self._den = den // g
        return self

    # ---- alternative constructors ------------------------------------

    @classmethod
    def from_float(cls, f):
        """Exact Fraction equal to a float (or an int)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Exact Fraction equal to a Decimal.  Taipan has no decimal module:
        integers are accepted, anything else is rejected."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                        % (cls.__name__, dec, type(dec).__name__))

    def as_integer_ratio(self):
        """(numerator, denominator) with a positive denominator."""
        return (self._num, self._den)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest to self whose denominator is at most
        max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._den <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction expansion of self, keeping the two
        # latest convergents h0/k0 (older) and h1/k1 (newer).
        h0, k0, h1, k1 = 0, 1, 1, 0
        top, bottom = self._num, self._den
        while True:
            term = top // bottom
            k2 = k0 + term * k1
            if k2 > max_denominator:
                break
            h0, k0, h1, k1 = h1, k1, h0 + term * h1, k2
            top, bottom = bottom, top - term * bottom
        # The best approximation is either the last convergent h1/k1 or
        # the largest semiconvergent whose denominator still fits.
        steps = (max_denominator - k0) // k1
        semi = Fraction(h0 + steps * h1, k0 + steps * k1)
        conv = Fraction(h1, k1)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    # ---- attributes ------------------------------------------------------

    @property
    def numerator(a):
        return a._num

    @property
    def denominator(a):
        return a._den

    def __repr__(self):
        """repr(self)"""
        return '%s(%s, %s)' % (type(self).__name__, self._num, self._den)

    def __str__(self):
        """str(self)"""
        if self._den == 1:
            return str(self._num)
        return '%s/%s' % (self._num, self._den)

    # ---- arithmetic ------------------------------------------------------
    # For each operator: exact when the other operand is Rational, through
    # float or complex when it is one, NotImplemented otherwise.

    def __add__(a, b):
        """a + b"""
        pair = _ratio(b)
        if pair is not None:
            n, d = pair
            return _reduce(a._num * d + n * a._den, a._den * d)
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(a) + b
        return NotImplemented

    def __radd__(b, a):
        """a + b"""
        pair = _ratio(a)
        if pair is not None:
            n, d = pair
            return _reduce(n * b._den + b._num * d, d * b._den)
        if isinstance(a, numbers.Real):
            return float(a) + float(b)
        if isinstance(a, numbers.Complex):
            return complex(a) + complex(b)
        return NotImplemented

    def __sub__(a, b):
        """a - b"""
        pair = _ratio(b)
        if pair is not None:
            n, d = pair
            return _reduce(a._num * d - n * a._den, a._den * d)
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):
            return complex(a) - b
        return NotImplemented

    def __rsub__(b, a):
        """a - b"""
        pair = _ratio(a)
        if pair is not None:
            n, d = pair
            return _reduce(n * b._den - b._num * d, d * b._den)
        if isinstance(a, numbers.Real):
            return float(a) - float(b)
        if isinstance(a, numbers.Complex):
            return complex(a) - complex(b)
        return NotImplemented

    def __mul__(a, b):
        """a * b"""
        pair = _ratio(b)
        if pair is not None:
            n, d = pair
            return _reduce(a._num * n, a._den * d)
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):
            return complex(a) * b
        return NotImplemented

    def __rmul__(b, a):
        """a * b"""
        pair = _ratio(a)
        if pair is not None:
            n, d = pair
            return _reduce(n * b._num, d * b._den)
        if isinstance(a, numbers.Real):
            return float(a) * float(b)
        if isinstance(a, numbers.Complex):
            return complex(a) * complex(b)
        return NotImplemented

    def __truediv__(a, b):
        """a / b"""
        pair = _ratio(b)
        if pair is not None:
            return _quotient(a._num, a._den, pair[0], pair[1])
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):
            return complex(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        """a / b"""
        pair = _ratio(a)
        if pair is not None:
            return _quotient(pair[0], pair[1], b._num, b._den)
        if isinstance(a, numbers.Real):
            return float(a) / float(b)
        if isinstance(a, numbers.Complex):
            return complex(a) / complex(b)
        return NotImplemented

    def __floordiv__(a, b):
        """a // b"""
        pair = _ratio(b)
        if pair is not None:
            n, d = pair
            return (a._num * d) // (a._den * n)
        if isinstance(b, float):
            return float(a) // b
        if isinstance(b, complex):
            return complex(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        """a // b"""
        pair = _ratio(a)
        if pair is not None:
            n, d = pair
            return (n * b._den) // (d * b._num)
        if isinstance(a, numbers.Real):
            return float(a) // float(b)
        if isinstance(a, numbers.Complex):
            return complex(a) // complex(b)
        return NotImplemented

    def __mod__(a, b):
        """a % b"""
        pair = _ratio(b)
        if pair is not None:
            n, d = pair
            return _reduce((a._num * d) % (n * a._den), a._den * d)
        if isinstance(b, float):
            return float(a) % b
        if isinstance(b, complex):
            return complex(a) % b
        return NotImplemented

    def __rmod__(b, a):
        """a % b"""
        pair = _ratio(a)
        if pair is not None:
            n, d = pair
            return _reduce((n * b._den) % (b._num * d), d * b._den)
        if isinstance(a, numbers.Real):
            return float(a) % float(b)
        if isinstance(a, numbers.Complex):
            return complex(a) % complex(b)
        return NotImplemented

    def __divmod__(a, b):
        """(a // b, a % b)"""
        pair = _ratio(b)
        if pair is not None:
            n, d = pair
            q, r = divmod(a._num * d, a._den * n)
            return q, _reduce(r, a._den * d)
        if isinstance(b, float):
            return divmod(float(a), b)
        if isinstance(b, complex):
            return divmod(complex(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        """(a // b, a % b)"""
        pair = _ratio(a)
        if pair is not None:
            n, d = pair
            q, r = divmod(n * b._den, d * b._num)
            return q, _reduce(r, d * b._den)
        if isinstance(a, numbers.Real):
            return divmod(float(a), float(b))
        if isinstance(a, numbers.Complex):
            return divmod(complex(a), complex(b))
        return NotImplemented

    def __pow__(a, b):
        """a ** b: exact for an integral exponent, float or complex otherwise."""
        pair = _ratio(b)
        if pair is not None:
            n, d = pair
            if d != 1:
                return float(a) ** float(b)
            if n >= 0:
                return _new_reduced(a._num ** n, a._den ** n)
            k = -n
            if a._num == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (a._den ** k))
            if a._num > 0:
                return _new_reduced(a._den ** k, a._num ** k)
            return _new_reduced((-a._den) ** k, (-a._num) ** k)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b"""
        if b._den == 1 and b._num >= 0:
            return a ** b._num
        if isinstance(a, numbers.Rational):
            return Fraction(a) ** b
        if b._den == 1:
            return a ** b._num
        return a ** float(b)

    def __pos__(a):
        """+a, as a plain Fraction"""
        return _new_reduced(a._num, a._den)

    def __neg__(a):
        """-a"""
        return _new_reduced(-a._num, a._den)

    def __abs__(a):
        """abs(a)"""
        return _new_reduced(abs(a._num), a._den)

    def __int__(a):
        """int(a)"""
        if a._num < 0:
            return -(-a._num // a._den)
        return a._num // a._den

    def __trunc__(a):
        """math.trunc(a)"""
        if a._num < 0:
            return -(-a._num // a._den)
        return a._num // a._den

    def __floor__(a):
        """math.floor(a)"""
        return a._num // a._den

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a._num // a._den)

    def __round__(self, ndigits=None):
        """round(self, ndigits), halves going to the even neighbour."""
        if ndigits is None:
            q, r = divmod(self._num, self._den)
            twice = 2 * r
            if twice > self._den or (twice == self._den and q % 2 == 1):
                q += 1
            return q
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __float__(a):
        """float(a)"""
        return a._num / a._den

    def __hash__(self):
        """hash(self)"""
        try:
            inverse = pow(self._den, -1, _MODULUS)
        except ValueError:
            # The denominator is a multiple of the modulus.
            value = _HASH_INF
        else:
            value = (abs(self._num) % _MODULUS) * inverse % _MODULUS
        if self._num < 0:
            value = -value
        if value == -1:
            value = -2
        return value

    # ---- comparisons -----------------------------------------------------

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._den == 1 and a._num == b
        pair = _ratio(b)
        if pair is not None:
            return a._num == pair[0] and a._den == pair[1]
        if isinstance(b, numbers.Complex) and not isinstance(b, numbers.Real):
            if b.imag != 0:
                return False
            b = b.real
        if isinstance(b, float):
            if math.isinf(b) or math.isnan(b):
                return False
            n, d = b.as_integer_ratio()
            return a._num == n and a._den == d
        return NotImplemented

    def _order(a, b, test):
        """test(difference sign) for a compared with b, or NotImplemented."""
        pair = _ratio(b)
        if pair is None:
            if not isinstance(b, float):
                return NotImplemented
            if math.isnan(b):
                return False
            if math.isinf(b):
                return test(-1 if b > 0 else 1)
            pair = b.as_integer_ratio()
        n, d = pair
        return test(_sign(a._num * d - n * a._den))

    def __lt__(a, b):
        """a < b"""
        return a._order(b, lambda s: s < 0)

    def __gt__(a, b):
        """a > b"""
        return a._order(b, lambda s: s > 0)

    def __le__(a, b):
        """a <= b"""
        return a._order(b, lambda s: s <= 0)

    def __ge__(a, b):
        """a >= b"""
        return a._order(b, lambda s: s >= 0)

    def __bool__(a):
        """a != 0"""
        return a._num != 0

    # ---- copying and pickling ------------------------------------------

    def __reduce__(self):
        return (self.__class__, (self._num, self._den))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._num, self._den)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return self.__class__(self._num, self._den)


def _quotient(an, ad, bn, bd):
    """(an/ad) / (bn/bd) as a Fraction."""
    if bn == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % _sign(an))
    num = an * bd
    den = ad * bn
    if den < 0:
        num, den = -num, -den
    return _reduce(num, den)
