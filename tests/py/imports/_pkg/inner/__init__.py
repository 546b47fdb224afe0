print("executing _pkg.inner")
from .deep import deep_value
