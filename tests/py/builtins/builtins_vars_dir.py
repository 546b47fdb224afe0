# vars() and dir() filtered to user names
class Base:
    b_attr = 1
    def b_method(self):
        pass
class Child(Base):
    c_attr = 2
    def __init__(self):
        self.i_attr = 3
obj = Child()
print(vars(obj))
print([n for n in dir(obj) if not n.startswith("_")])
print([n for n in dir(Child) if not n.startswith("_")])
print(sorted(n for n in vars(Child) if not n.startswith("_")))
def f():
    local_a = 1
    local_b = 2
    return sorted(dir())
print(f())
import math
print([n for n in dir(math) if n in ("pi", "sqrt", "floor")])
print(sorted(set(dir([])) & {"append", "pop", "sort", "nope"}))
