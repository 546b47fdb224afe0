# traceback.format_exception / print_exception of exception groups: the
# nested box format (the same as the interpreter prints for an uncaught
# group).  The code runs under the file name "<eg>" so no source lines or
# absolute paths appear.
import sys
import traceback

src = """
def fail(i):
    raise ValueError(f"v{i}")
errors = []
for i in range(3):
    try:
        fail(i)
    except ValueError as e:
        e.add_note(f"note {i}")
        errors.append(e)
try:
    raise ExceptionGroup("inner", errors)
except* ValueError as eg:
    raise BaseExceptionGroup("outer", [eg, KeyboardInterrupt(), ExceptionGroup("wide", [KeyError(i) for i in range(20)])]) from OSError("cause")
"""
try:
    exec(compile(src, "<eg>", "exec"))
except BaseException as e:
    exc = e
tb = exc.__traceback__.tb_next  # drop this file's frame
print("".join(traceback.format_exception(type(exc), exc, tb)))
traceback.print_exception(type(exc), exc, tb, file=sys.stdout, limit=1)

def nest(n):
    e = ValueError(n)
    for i in range(n):
        e = ExceptionGroup(f"lvl{i}", [e, KeyError(i)])
    return e
print("".join(traceback.format_exception(nest(12))))
print("".join(traceback.format_exception(ExceptionGroup("x", [TypeError(1)]), chain=False)))
c = ValueError("ctx")
g = ExceptionGroup("g", [c, ExceptionGroup("sub", [KeyError("k")])])
g.__context__ = c
g.exceptions[1].__cause__ = RuntimeError("sub cause")
print("".join(traceback.format_exception(g)))
print("".join(traceback.format_exception(ExceptionGroup("w15", [OSError(i) for i in range(15)]))))
print("".join(traceback.format_exception(ExceptionGroup("w16", [OSError(i) for i in range(16)]))))
print("".join(traceback.format_exception(ExceptionGroup("w17", [OSError(i) for i in range(17)]))))
print(traceback.format_exception_only(ExceptionGroup("only", [OSError(1)])))
