# An uncaught KeyboardInterrupt: the traceback is printed, `finally`
# blocks and atexit functions run, stdout is flushed, and then the process
# dies of SIGINT (CPython's exit_sigint), so its parent sees the interrupt.
import atexit

atexit.register(lambda: print("atexit ran"))
print("start")
try:
    raise KeyboardInterrupt
finally:
    print("finally ran")
