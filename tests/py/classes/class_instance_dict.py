# vars, __dict__, dir filtering
class A:
    cls_attr = 1
    def __init__(self):
        self.inst_attr = 2
    def method(self):
        pass
a = A()
print(vars(a), a.__dict__ is vars(a))
print(sorted(k for k in vars(A) if not k.startswith("__")))
print([n for n in dir(a) if not n.startswith("__")])
print([n for n in dir(A) if not n.startswith("__")])
a.__dict__["injected"] = 3
print(a.injected, sorted(vars(a)))
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print("__init__" in dir(A), "__class__" in dir(a), "inst_attr" in dir(A))
class B(A):
    extra = True
print([n for n in dir(B()) if not n.startswith("_")])
