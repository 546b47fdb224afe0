# except*: what propagates when handlers re-raise or raise (CPython's
# _PyExc_PrepReraiseStar rules)
def leaves(e):
    if e is None:
        return None
    if isinstance(e, BaseExceptionGroup):
        return [e.message] + [leaves(x) for x in e.exceptions]
    return repr(e)

def run(body, label):
    try:
        body()
        print(label, "-> no exception")
        return None
    except BaseException as e:
        print(label, "->", type(e).__name__, leaves(e))
        return e

def group():
    return ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])

# bare raise: the part goes back into the original's shape
def r1():
    try:
        raise group()
    except* ValueError:
        raise
run(r1, "r1")
def r2():
    try:
        raise group()
    except* ValueError:
        raise
    except* TypeError:
        raise
run(r2, "r2")
def r3():
    try:
        raise group()
    except* ValueError:
        raise
    except* TypeError:
        pass
    except* KeyError:
        raise
run(r3, "r3")
# everything re-raised: a group like the original with the same metadata
g = None
def r4():
    global g
    try:
        g = group()
        raise g
    except* Exception:
        raise
e = run(r4, "r4")
print("  same traceback:", e.__traceback__ is not None and e.__traceback__.tb_frame is g.__traceback__.tb_frame,
      "same leaves:", e.exceptions[0] is g.exceptions[0])

# new exceptions raised in handlers are combined with the unhandled rest
def r5():
    try:
        raise group()
    except* ValueError:
        raise RuntimeError("new")
e = run(r5, "r5")
print("  context of new:", leaves(e.exceptions[0].__context__))
def r6():
    try:
        raise group()
    except* ValueError:
        raise RuntimeError("new1")
    except* TypeError:
        raise OSError("new2")
    except* KeyError:
        raise
run(r6, "r6")
# a single new exception and nothing else left: raised alone
def r7():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("alone")
e = run(r7, "r7")
print("  context:", leaves(e.__context__))
# raise e (not bare) counts as a new exception
def r8():
    try:
        raise group()
    except* ValueError as e:
        raise e
run(r8, "r8")
# raise ... from
def r9():
    try:
        raise group()
    except* TypeError as e:
        raise RuntimeError("from") from e
e = run(r9, "r9")
print("  cause:", leaves(e.exceptions[0].__cause__))
# a new group raised in a handler nests
def r10():
    try:
        raise group()
    except* KeyError:
        raise ExceptionGroup("new group", [IndexError(1)])
run(r10, "r10")
# naked exceptions: the handler's raise wins, a bare raise re-raises the wrapper
def r11():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
run(r11, "r11")
def r12():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("replaced")
e = run(r12, "r12")
print("  context:", leaves(e.__context__), e.__context__.__context__)
def r13():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        raise e.exceptions[0]
run(r13, "r13")
# errors inside handlers that are caught there do not escape
def r14():
    try:
        raise group()
    except* ValueError:
        try:
            raise RuntimeError("inner")
        except RuntimeError:
            pass
    except* (TypeError, KeyError):
        pass
run(r14, "r14")
# the unhandled part keeps the original's metadata
def r15():
    try:
        try:
            raise OSError("ctx")
        except OSError:
            raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from KeyError("cause")
    except* ValueError:
        pass
e = run(r15, "r15")
print("  cause:", repr(e.__cause__), "context:", repr(e.__context__), e.__suppress_context__)
# notes on the original are copied onto the rest
def r16():
    try:
        eg = ExceptionGroup("noted", [ValueError(1), TypeError(2)])
        eg.add_note("keep me")
        raise eg
    except* ValueError:
        pass
e = run(r16, "r16")
print("  notes:", e.__notes__)
# nested except* re-raising through two levels
def r17():
    try:
        try:
            raise group()
        except* ValueError:
            raise
        except* KeyError:
            raise RuntimeError("k")
    except* TypeError:
        pass
    except* RuntimeError as e:
        print("  outer got:", leaves(e))
        raise
run(r17, "r17")
# BaseExceptions
def r18():
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError:
        raise RuntimeError("r")
run(r18, "r18")
def r19():
    try:
        raise BaseExceptionGroup("base", [SystemExit(3), ValueError(1)])
    except* SystemExit:
        pass
run(r19, "r19")
# return/break from a nested function or loop inside the clause are fine
def r20():
    for i in range(3):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError as e:
            def get():
                return leaves(e)
            print(" ", get())
run(r20, "r20")
