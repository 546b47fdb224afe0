# in-place operators fall back to binary ones
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("iadd")
        self.v += o
        return self
    def __add__(self, o):
        print("add")
        return Acc(self.v + o)
    def __sub__(self, o):
        print("sub")
        return Acc(self.v - o)
    def __repr__(self):
        return "Acc(%r)" % self.v
a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a -= 2
print(a, a is orig)
class NoInplace:
    def __init__(self):
        self.items = []
    def __add__(self, o):
        n = NoInplace()
        n.items = self.items + [o]
        return n
x = NoInplace()
y = x
x += 1
print(x.items, y.items, x is y)
class ReturnsNI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fell back to __add__"
r = ReturnsNI()
r += 1
print(r)
lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
class Imul:
    def __imul__(self, o):
        return "imul %r" % o
    def __ipow__(self, o):
        return "ipow"
    def __ior__(self, o):
        return "ior"
    def __ilshift__(self, o):
        return "ilshift"
    def __imatmul__(self, o):
        return "imatmul"
z = Imul()
z *= 3
print("*=", z)
z = Imul()
z **= 3
print("**=", z)
z = Imul()
z |= 3
print("|=", z)
z = Imul()
z <<= 3
print("<<=", z)
z = Imul()
z @= 3
print("@=", z)
class NoOps:
    pass
n = NoOps()
try:
    n += 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
