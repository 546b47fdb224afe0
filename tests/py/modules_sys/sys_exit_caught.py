# SystemExit can be caught; code attribute
import sys
for arg in (0, 1, 42, "message", None, [1, 2]):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code), type(e).__name__, isinstance(e, Exception), e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no arg:", e.code, e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code)
print("done")
