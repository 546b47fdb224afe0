# An uncaught exception group: CPython prints the nested box format to
# stderr (only its last line is compared; the format is the interpreter's
# traceback printer).
def fail(i):
    raise ValueError(f"v{i}")

errors = []
for i in range(3):
    try:
        fail(i)
    except ValueError as e:
        e.add_note(f"note {i}")
        errors.append(e)
print("raising")
try:
    raise ExceptionGroup("inner", errors)
except* ValueError as eg:
    raise BaseExceptionGroup("outer", [eg, KeyboardInterrupt(), ExceptionGroup("wide", [KeyError(i) for i in range(20)])]) from OSError("cause")
