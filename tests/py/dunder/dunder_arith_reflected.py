# arithmetic operators, reflected forms and NotImplemented
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V%r" % (self.c,)
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return V(*(a + o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        if isinstance(o, V):
            return V(*(a - b for a, b in zip(self.c, o.c)))
        return NotImplemented
    def __rsub__(self, o):
        if isinstance(o, (int, float)):
            return V(*(o - a for a in self.c))
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(*(a * k for a in self.c))
        if isinstance(k, V):
            return sum(a * b for a, b in zip(self.c, k.c))
        return NotImplemented
    def __rmul__(self, k):
        print("rmul")
        return self * k
    def __truediv__(self, k):
        return V(*(a / k for a in self.c))
    def __floordiv__(self, k):
        return V(*(a // k for a in self.c))
    def __mod__(self, k):
        return V(*(a % k for a in self.c))
    def __pow__(self, k, mod=None):
        return V(*(pow(a, k, mod) for a in self.c))
    def __rpow__(self, base):
        return "rpow(%r)" % (base,)
    def __matmul__(self, o):
        return "matmul"
    def __neg__(self):
        return V(*(-a for a in self.c))
    def __pos__(self):
        return "pos"
    def __abs__(self):
        return sum(abs(a) for a in self.c)
    def __invert__(self):
        return "invert"
a, b = V(1, 2), V(10, 20)
print(a + b, a + 1, 1 + a, a - b, 5 - a, a * 3, 3 * a, a * b, a / 2, b // 3, b % 7, a ** 2, pow(b, 2, 7), 2 ** a)
print(a @ b, -a, +a, abs(V(-3, 4)), ~a)
for expr in (lambda: a - 'x', lambda: 'x' - a, lambda: 1 @ a, lambda: a < b, lambda: divmod(a, 2)):
    try:
        print(expr())
    except TypeError as e:
        print(type(e).__name__ + ":", e)
