# module objects: attributes, dir, vars, setattr
import _helper
names = sorted(n for n in dir(_helper) if not n.startswith("__"))
print(names)
print(sorted(k for k in vars(_helper) if k.startswith("__") and k in ("__name__", "__doc__", "__file__")))
_helper.new_attr = "set from outside"
print(_helper.new_attr, getattr(_helper, "missing", "default"), hasattr(_helper, "greet"))
try:
    _helper.missing_attribute
except AttributeError as e:
    print(type(e).__name__ + ":", e)
import math
try:
    math.nonexistent
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(repr(__import__("sys").modules["__main__"].__name__), __name__, __doc__)
