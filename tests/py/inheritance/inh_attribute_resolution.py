# attribute lookup along the MRO; class attributes vs instance attributes
class A:
    x = "A"
    def who(self):
        return "A.who"
class B(A):
    pass
class C(A):
    x = "C"
    def who(self):
        return "C.who"
class D(B, C):
    pass
d = D()
print(d.x, d.who(), [k.__name__ for k in D.__mro__])
A.x = "A2"
C.x = "C2"
print(d.x)
del C.x
print(d.x)
D.x = "D"
print(d.x, B.x)
d.x = "inst"
print(d.x, D.x)
print(D.__dict__.get("x"), "who" in D.__dict__, hasattr(D, "who"))
