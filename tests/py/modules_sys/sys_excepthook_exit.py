# A hook that raises SystemExit decides the exit status.
import sys


def hook(t, v, tb):
    print("hook", t.__name__, v)
    sys.exit(7)


sys.excepthook = hook
raise ValueError("x")
