# decorators
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        r = fn(*args, **kwargs)
        print("ret", r)
        return r
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
print(add.__name__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
order = []
def tag(label):
    def deco(fn):
        order.append(label)
        return fn
    return deco
@tag("outer")
@tag("inner")
def f():
    pass
print(order)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha():
    return "A"
@register
def beta():
    return "B"
print(sorted(registry), registry["beta"]())
def class_deco(cls):
    cls.extra = "added"
    return cls
@class_deco
class K:
    pass
print(K.extra)
@(lambda fn: fn.__name__.upper())
def shout():
    pass
print(shout)
