# sys.modules, sys.exc_info, sys.float_info, sys.int_info
import sys
import math
print("math" in sys.modules, sys.modules["math"] is math)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.exc_info() == (None, None, None))
try:
    raise KeyError("x")
except KeyError:
    print(sys.exc_info()[0] is KeyError, repr(sys.exc_info()[1]))
print(callable(sys.exit), callable(sys.getrecursionlimit), isinstance(sys.maxsize, int))
