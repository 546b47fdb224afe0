# sys.excepthook deleted: "sys.excepthook is missing", then the traceback.
import sys

del sys.excepthook
print(hasattr(sys, "excepthook"), hasattr(sys, "__excepthook__"))
raise ValueError("no hook")
