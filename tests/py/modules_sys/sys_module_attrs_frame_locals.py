# __main__'s __cached__/__spec__, frame.f_locals and f_builtins.
import sys
main = sys.modules["__main__"]
print(main.__cached__, main.__spec__, main.__package__)
print(main.__file__.endswith("sys_module_attrs_frame_locals.py"))
value = 189
loc = sys._getframe().f_locals
print(loc["value"], loc is globals())

def f(a, b=2):
    c = a + b
    fr = sys._getframe()
    d = fr.f_locals
    print(sorted(k for k in d if k != "fr"), d["c"])
    print(sys._getframe(1).f_locals["value"])
    print(fr.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else fr.f_builtins is __builtins__)

f(1)

class K:
    def __init__(self):
        print(sys._getframe().f_locals["self"] is self)
K()
