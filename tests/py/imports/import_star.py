# from module import *
from _star_all import *
print(public_a, _explicit_private)
try:
    public_b
except NameError as e:
    print(type(e).__name__ + ":", e)
from _star_noall import *
print(visible, func())
try:
    _hidden
except NameError as e:
    print(type(e).__name__ + ":", e)
print(sorted(n for n in dir() if not n.startswith("__")))
