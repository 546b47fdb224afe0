# super() forms: zero-arg, two-arg, in classmethods, property access
class A:
    x = "A.x"
    def m(self):
        return "A.m"
    @classmethod
    def cm(cls):
        return "A.cm(" + cls.__name__ + ")"
    @property
    def p(self):
        return "A.p"
class B(A):
    x = "B.x"
    def m(self):
        return "B.m>" + super().m()
    @classmethod
    def cm(cls):
        return "B.cm>" + super().cm()
    @property
    def p(self):
        return "B.p>" + super().p
    def get_x(self):
        return super().x
b = B()
print(b.m(), B.cm(), b.p, b.get_x(), super(B, b).x, super(B, B).cm())
def outside(self):
    return super(B, self).m()
print(outside(b))
class C(B):
    def m(self):
        return "C.m>" + super(B, self).m()
print(C().m())
try:
    super(B, 1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
class D:
    def no_super_attr(self):
        return super().nonexistent
try:
    D().no_super_attr()
except AttributeError as e:
    print(type(e).__name__ + ":", e)
