"""Package docstring."""
print("executing _pkg/__init__, __name__ =", __name__, "__package__ =", __package__)
from . import sub
from .sub import sub_value as exported_value
PKG_LEVEL = "pkg level"
