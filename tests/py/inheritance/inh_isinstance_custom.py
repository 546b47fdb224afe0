# __instancecheck__/__subclasscheck__ via metaclass
class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Duck(metaclass=Meta):
    pass
class Robot:
    def quack(self):
        return "beep"
print(isinstance(Robot(), Duck), isinstance(1, Duck), issubclass(Robot, Duck), issubclass(int, Duck))
print(type(Duck).__name__, isinstance(Duck, Meta), isinstance(Duck, type))
class M2(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
class W(metaclass=M2):
    pass
class W2(W):
    pass
print(W.created_by, W2.created_by, type(W2).__name__)
