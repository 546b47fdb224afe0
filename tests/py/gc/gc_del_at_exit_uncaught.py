# An uncaught exception: the traceback, then the objects alive at exit are
# finalized, and the exit status is 1.
class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


keep = A("kept")
print("raising")
raise RuntimeError("boom")
