# C3 linearization
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    class S(X, P): pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
class T(P, X): pass
print([c.__name__ for c in T.__mro__])
try:
    class Dup(X, X): pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Diamond_Top:
    def who(self): return "top"
class Left(Diamond_Top):
    def who(self): return "left"
class Right(Diamond_Top):
    def who(self): return "right"
class Bottom(Left, Right): pass
print(Bottom().who(), [c.__name__ for c in Bottom.mro()])
