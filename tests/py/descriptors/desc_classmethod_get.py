# descriptor __get__ called with owner for class access
class Reveal:
    def __get__(self, obj, owner):
        return (None if obj is None else type(obj).__name__, owner.__name__)
class A:
    r = Reveal()
class B(A):
    pass
print(A.r, A().r, B.r, B().r)
class Meta(type):
    meta_attr = Reveal()
class M(metaclass=Meta):
    pass
print(M.meta_attr)
print(classmethod(lambda cls: cls.__name__).__get__(None, B)(), staticmethod(len).__get__(None, A)("abc"))
