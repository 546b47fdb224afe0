# sys.exit() and an uncaught exception still finalize the objects alive at
# exit (after the traceback, with the exit status unchanged).
import sys


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)
        sys.stdout.flush()


a = A("a")
b = [A("b1"), A("b2")]
print("exiting")
sys.exit(3)
