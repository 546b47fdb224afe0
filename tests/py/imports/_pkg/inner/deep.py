print("executing _pkg.inner.deep, __package__ =", __package__)
from ..sub import sub_value
from .. import PKG_LEVEL
from . import __name__ as parent_name
deep_value = "deep sees: " + sub_value + " / " + PKG_LEVEL + " / " + parent_name
