# sys.excepthook and sys.__excepthook__: the default hook prints to
# sys.stderr (whatever object it is), checks its arguments, and the
# interpreter calls the current hook for an uncaught exception.
import io
import sys

print(sys.excepthook is sys.__excepthook__)
print(callable(sys.excepthook), sys.excepthook.__name__)

try:
    sys.excepthook(1, 2)
except TypeError as e:
    print("TypeError:", e)

old = sys.stderr
sys.stderr = io.StringIO()
try:
    raise ValueError("boom")
except ValueError as e:
    sys.excepthook(type(e), e, e.__traceback__)
captured = sys.stderr.getvalue()
sys.stderr = old
print(captured.splitlines()[0])
print(captured.splitlines()[-1])
print(captured.count("\n"))


def hook(t, v, tb):
    print("hook got", t.__name__, repr(v), tb is v.__traceback__)
    print("last vars", sys.last_type is t, sys.last_value is v, sys.last_traceback is tb)
    sys.stdout.flush()


sys.excepthook = hook
print("before")


def fail():
    raise KeyError("k")


fail()
print("not reached")
