# traceback.format_exception_only gives the final line(s)
import traceback
for exc in (ValueError("bad value"), KeyError("k"), ZeroDivisionError("division by zero"), RuntimeError(), TypeError("a", "b")):
    print(traceback.format_exception_only(type(exc), exc))
class Custom(Exception):
    pass
print(traceback.format_exception_only(Custom, Custom("mine")))
try:
    int("x")
except ValueError as e:
    print("".join(traceback.format_exception_only(type(e), e)), end="")
