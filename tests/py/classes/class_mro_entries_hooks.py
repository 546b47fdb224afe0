# PEP 560 __mro_entries__, and isinstance/issubclass hooks on non-class objects.


class Alias:
    def __init__(self, *targets):
        self.targets = targets

    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return self.targets


class A:
    pass


class B:
    pass


class C(Alias(A, B)):
    pass


print(C.__bases__, C.__orig_bases__[0].targets == (A, B), [k.__name__ for k in C.__mro__])


class D(A, Alias()):
    pass


print(D.__bases__, len(D.__orig_bases__))


class E(A):
    pass


print("__orig_bases__" in E.__dict__)


class Bad:
    def __mro_entries__(self, bases):
        return [A]


try:
    class F(Bad()):
        pass
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare bases", [b.__name__ for b in bases])
        return {}


class G(Alias(A), metaclass=Meta):
    pass


print(G.__bases__)


class Checker:
    def __instancecheck__(self, obj):
        return isinstance(obj, int) and obj > 0

    def __subclasscheck__(self, cls):
        return cls is bool


positive = Checker()
print(isinstance(5, positive), isinstance(-5, positive), isinstance("x", positive))
print(issubclass(bool, positive), issubclass(int, positive), issubclass(3, positive))
print(isinstance(5, (str, positive)))
try:
    isinstance(1, object())
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(int, object())
except TypeError as e:
    print("TypeError:", e)

print(int.__repr__(True), int.__repr__(False), repr(True), str(True), f"{True}", "%d" % True)
