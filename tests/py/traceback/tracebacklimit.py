# sys.tracebacklimit limits the entries the traceback module prints (the
# innermost ones are kept); 0 or less prints no "Traceback" header at all;
# long runs of one repeated line are cut after 3.
import sys
import traceback


def show():
    # File names differ between machines: print from "line" on.
    for line in traceback.format_exc().splitlines():
        if line.startswith("  File "):
            print("  File ...", line.split(",", 1)[1])
        elif not line.startswith("    "):
            print(line)


def f(n):
    if n == 0:
        raise ValueError("deep")
    f(n - 1)


def g(n):
    f(n)


for limit in (None, 2, 1, 0, -5, True):
    if limit is None:
        sys.__dict__.pop("tracebacklimit", None)
    else:
        sys.tracebacklimit = limit
    print("limit", repr(limit))
    try:
        g(6)
    except ValueError:
        show()
del sys.tracebacklimit


def chained():
    try:
        g(1)
    except ValueError as e:
        raise KeyError("outer") from e


sys.tracebacklimit = 1
try:
    chained()
except KeyError:
    show()
del sys.tracebacklimit


def r(n):
    return r(n + 1) if n < 50 else 1 / 0


try:
    r(0)
except ZeroDivisionError:
    show()
