# With sys.stderr None, sys.exit("message") writes to the process's stderr.
import sys

print("start")
sys.stderr = None
sys.exit("message with stderr None")
