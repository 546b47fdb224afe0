# super objects: the one-argument form, repr and the introspection attributes.
class A:
    def f(self):
        return "A.f"

class B(A):
    def f(self):
        return "B.f"

s = super(B, B())
print(repr(s))
print(s.__thisclass__ is B, type(s.__self__).__name__, s.__self_class__ is B)
print(s.f())
u = super(B)
print(repr(u))
print(u.__thisclass__ is B, u.__self__, u.__self_class__)
c = super(B, B)
print(repr(c), c.__self__ is B, c.__self_class__ is B)
print(c.f(B()))
print(repr(super(list)))
try:
    super(1)
except TypeError as e:
    print("TypeError:", e)
