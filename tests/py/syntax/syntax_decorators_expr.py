# PEP 614 relaxed decorator expressions
decos = {"up": lambda f: lambda: f().upper(), "twice": lambda f: lambda: f() * 2}
@decos["up"]
def a():
    return "a"
@decos["twice"]
@decos["up"]
def b():
    return "b"
@(lambda f: f)
def c():
    return "c"
class NS:
    @staticmethod
    def deco(f):
        return lambda: "[" + f() + "]"
@NS.deco
def d():
    return "d"
print(a(), b(), c(), d())
