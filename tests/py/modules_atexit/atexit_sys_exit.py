# atexit callbacks also run after sys.exit() and after an uncaught exception.
import atexit
import sys

atexit.register(print, 'cleanup 1')
atexit.register(lambda: print('cleanup 2'))
print('exiting')
sys.exit(3)
