# add_note (3.11) and str() of various exceptions
e = ValueError("base")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__, str(e))
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__ + ":", err)
print(str(ZeroDivisionError()), repr(ZeroDivisionError()), repr(TypeError("a", 1)), str(TypeError("a", 1)))
print(repr(StopIteration()), repr(StopIteration(None)), repr(GeneratorExit()), repr(SystemExit(0)))
print(repr(UnicodeError("u")), repr(RecursionError("r")), repr(BaseException()))
