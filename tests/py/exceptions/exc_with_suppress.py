# with statement that suppresses exceptions and contextlib.suppress
import contextlib
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressing", et.__name__, ev)
            return True
        return False
with Suppress(KeyError):
    {}["missing"]
print("continued")
try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)
with contextlib.suppress(ZeroDivisionError, ValueError):
    int("bad")
print("suppress ok")
def in_function():
    with Suppress(ValueError):
        raise ValueError("in func")
        return "not reached"
    return "after with"
print(in_function())
def exits_with_return():
    for i in range(3):
        with Suppress(StopIteration):
            if i == 1:
                return "return inside with"
print(exits_with_return())
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
