"""CPython's C accelerator for `warnings`, as a view of Taipan's lib/warnings.py."""

import warnings as _w
from warnings import warn, warn_explicit, _filters_mutated

filters = _w.filters
_defaultaction = _w.defaultaction
_onceregistry = _w.onceregistry
