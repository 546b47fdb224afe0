# ExceptionGroup and except* (3.11)
try:
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions], type(eg).__name__)
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("grp", [KeyError("a"), IndexError("b")])
print(eg.message, len(eg.exceptions), str(eg), repr(eg.exceptions[0]))
match, rest = eg.split(KeyError)
print(repr(match.exceptions), repr(rest.exceptions))
print(eg.subgroup(IndexError).exceptions, eg.subgroup(ZeroDivisionError))
try:
    try:
        raise ExceptionGroup("outer", [ValueError("x"), OSError("y")])
    except* ValueError:
        print("handled ValueError part")
except ExceptionGroup as rem:
    print("remaining:", [type(e).__name__ for e in rem.exceptions])
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
