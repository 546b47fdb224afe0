# __new__ and __init__ interplay
class A:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, v):
        print("init", v)
        self.v = v
a = A(5)
print(a.v, a.created)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotMine())
class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__ + ":", e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
class OnlyNew:
    def __new__(cls, x):
        o = super().__new__(cls)
        o.x = x
        return o
print(OnlyNew(3).x)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Sub(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(Sub(21), type(Sub(1)).__name__)
