# sys.excepthook set to None: calling it fails, which is reported as an
# error in the hook, followed by the original exception.
import sys

sys.excepthook = None
print("start")
raise ValueError(1)
