# private name mangling
class A:
    def __init__(self):
        self.__secret = "A secret"
        self._protected = "prot"
    def reveal(self):
        return self.__secret
    def __private_method(self):
        return "private method"
    def call_private(self):
        return self.__private_method()
class B(A):
    def __init__(self):
        super().__init__()
        self.__secret = "B secret"
    def reveal_b(self):
        return self.__secret
b = B()
print(b.reveal(), b.reveal_b(), b._A__secret, b._B__secret, b._protected)
print(sorted(vars(b)))
try:
    b.__secret
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(b.call_private(), b._A__private_method())
try:
    b.__private_method()
except AttributeError as e:
    print(type(e).__name__ + ":", e)
class _Under:
    def __m(self):
        return "under"
    def go(self):
        return self.__m()
print(_Under().go(), [n for n in dir(_Under) if "m" in n and not n.startswith("__")])
class C:
    __dunder__ = "not mangled"
    __x = 1
    y = __x + 1
print(C.__dunder__, C.y, hasattr(C, "_C__x"), getattr(C, "__x", "no plain __x"))
