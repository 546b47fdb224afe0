# An uncaught KeyboardInterrupt whose sys.excepthook raises SystemExit: the
# process exits with that status, not by SIGINT.
import sys


def hook(t, v, tb):
    print("hook", t.__name__)
    sys.exit(5)


sys.excepthook = hook
raise KeyboardInterrupt
