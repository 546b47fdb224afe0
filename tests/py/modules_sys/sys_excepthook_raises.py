# A hook that raises: both exceptions are printed to stderr and the exit
# status is 1; stdout written before stays in order.
import sys


def hook(t, v, tb):
    print("in hook", t.__name__)
    raise RuntimeError("hook failed")


sys.excepthook = hook
print("start")
raise LookupError("original")
