# `from X import *` reads __all__ or the public keys of __dict__ through
# getattr, for any object in sys.modules.
import sys


class K:
    x = "class attr"
    _private = 1

    def __init__(self):
        self.x = "instance attr"


sys.modules["fake_mod"] = K
from fake_mod import *
print(x)
sys.modules["fake_mod"] = K()
from fake_mod import *
print(x)


class WithAll:
    __all__ = ["a", "_b"]
    a, _b, c = 1, 2, 3


sys.modules["fake_mod"] = WithAll
from fake_mod import *
print(a, _b, "c" in dir())


class BadAll:
    __all__ = ["a", 5]
    a = 1


sys.modules["fake_mod"] = BadAll
try:
    from fake_mod import *
except TypeError as e:
    print(type(e).__name__, e)
sys.modules["fake_mod"] = 42
try:
    from fake_mod import *
except ImportError as e:
    print(type(e).__name__, e)
