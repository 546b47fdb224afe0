# isinstance/issubclass: exact type first, then __instancecheck__ /
# __subclasscheck__ of type(cls), also for objects that are not classes.
class NoMeta(type):
    def __instancecheck__(cls, inst):
        return False
    def __subclasscheck__(cls, sub):
        return False

class No(metaclass=NoMeta):
    pass

class SubNo(No):
    pass

print(isinstance(No(), No), isinstance(SubNo(), No), isinstance(1, No))
print(issubclass(No, No), issubclass(SubNo, No))

class AnyMeta(type):
    def __instancecheck__(cls, inst):
        return 3
    def __subclasscheck__(cls, sub):
        return [1]

class Any(metaclass=AnyMeta):
    pass

print(isinstance("x", Any), isinstance(None, (int, Any)), issubclass(int, Any))

class Checker:
    def __instancecheck__(self, inst):
        return isinstance(inst, int)
    def __subclasscheck__(self, sub):
        return sub is bool

print(isinstance(3, Checker()), isinstance("3", Checker()))
print(issubclass(bool, Checker()), issubclass(int, Checker()))
print(isinstance(3, (str, (float, int))), issubclass(bool, (str, (int,))))
for args in [(1, 1), (1, "x")]:
    try:
        isinstance(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
