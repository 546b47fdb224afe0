import numbers


class MyInt(numbers.Integral):
    """A minimal concrete Integral wrapping an int."""
    def __init__(self, v): self.v = v
    def __repr__(self): return f"MyInt({self.v})"
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return MyInt(pow(self.v, int(e), m))
    def __rpow__(self, b): return b ** self.v
    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return o << self.v
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return o >> self.v
    def __and__(self, o): return MyInt(self.v & int(o))
    def __rand__(self, o): return o & self.v
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    def __rxor__(self, o): return o ^ self.v
    def __or__(self, o): return MyInt(self.v | int(o))
    def __ror__(self, o): return o | self.v
    def __invert__(self): return MyInt(~self.v)
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return o + self.v
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return MyInt(self.v)
    def __mul__(self, o): return MyInt(self.v * int(o))
    def __rmul__(self, o): return o * self.v
    def __truediv__(self, o): return self.v / o
    def __rtruediv__(self, o): return o / self.v
    def __abs__(self): return MyInt(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __hash__(self): return hash(self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return o // self.v
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return o % self.v
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v


a = MyInt(7)
print(isinstance(a, numbers.Number), isinstance(a, numbers.Integral))
print(a.__abstractmethods__ == frozenset())
print(float(a), complex(a), a.__index__(), [0, 1, 2, 3, 4, 5, 6, 7, 8][a])
print(a.numerator, a.denominator, a.real, a.imag, a.conjugate())
print(a - 2, 10 - a, divmod(a, 2), divmod(20, a))
print(bool(a), bool(MyInt(0)))
print(numbers.Rational.__float__(a))
print(numbers.Real.__complex__(2.5), numbers.Real.real.fget(2.5))


class Reg:
    pass

print(isinstance(Reg(), numbers.Real))
numbers.Real.register(Reg)
print(isinstance(Reg(), numbers.Real), isinstance(Reg(), numbers.Complex),
      isinstance(Reg(), numbers.Rational))
try:
    numbers.Number.register(3)
except TypeError as e:
    print(type(e).__name__, e)
