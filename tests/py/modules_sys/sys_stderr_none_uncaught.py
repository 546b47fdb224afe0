# With sys.stderr set to None an uncaught exception prints nothing and the
# exit status is still 1.
import sys

print("start")
sys.stderr = None
raise ValueError(1)
