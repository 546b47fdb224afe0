# a module body runs only once, no matter how often it is imported
import sys
import _helper
import _helper
from _helper import CONST
def late():
    import _helper as again
    return again
print(late() is _helper, sys.modules["_helper"] is _helper, CONST)
_helper.CONST = 99
import _helper
from _helper import CONST as c2
print(_helper.CONST, c2)
del sys.modules["_helper"]
import _helper as fresh
print(fresh.CONST, fresh is not _helper, sys.modules["_helper"] is fresh)
