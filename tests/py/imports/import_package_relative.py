# packages with relative imports
import _pkg
print(_pkg.PKG_LEVEL, _pkg.exported_value, _pkg.sub.where(), _pkg.__doc__)
import _pkg.inner
print(_pkg.inner.deep_value)
from _pkg.inner import deep
print(deep.__name__, deep.__package__)
from _pkg import sub as s2
import _pkg.sub
print(s2 is _pkg.sub, _pkg.__package__, _pkg.__name__, _pkg.__path__ is not None)
from _pkg.sub import where
print(where())
