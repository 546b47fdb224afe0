# try ... except* : matching, handler order, naked exceptions, else/finally
import sys

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
    except BaseException as e:
        print(label, "->", type(e).__name__, leaves(e))

# each clause gets the part it matches, in clause order
def f1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
    except* ValueError as e:
        print("  ValueError part:", leaves(e), type(e).__name__)
    except* (TypeError, KeyError) as e:
        print("  Type/Key part:", leaves(e))
run(f1, "f1")

# a clause runs at most once; once all is handled later clauses see nothing
def f2():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* Exception as e:
        print("  Exception:", leaves(e))
    except* ValueError as e:
        print("  never", e)
run(f2, "f2")

# unhandled parts propagate as a group with the original message
def f3():
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2), ExceptionGroup("sub", [OSError(3), ValueError(4)])])
    except* ValueError as e:
        print("  handled:", leaves(e))
run(f3, "f3")

# nothing matches: the original object propagates unchanged
orig = ExceptionGroup("orig", [KeyError(1)])
def f4():
    try:
        raise orig
    except* ValueError:
        print("  never")
try:
    f4()
except ExceptionGroup as e:
    print("f4 same object:", e is orig)

# naked exceptions are wrapped in ExceptionGroup("", [exc]) for the handler
def f5():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("  got", repr(e), type(e).__name__, e.exceptions[0].__traceback__ is not None)
run(f5, "f5")
def f6():
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt as e:
        print("  got", repr(e), type(e).__name__)
run(f6, "f6")
# an unmatched naked exception propagates as it is (not wrapped)
def f7():
    try:
        raise KeyError("k")
    except* ValueError:
        print("  never")
run(f7, "f7")

# else and finally
def f8(fail):
    try:
        if fail:
            raise ExceptionGroup("g", [ValueError(1)])
        print("  body ok")
    except* ValueError:
        print("  handler")
    else:
        print("  else")
    finally:
        print("  finally")
run(lambda: f8(False), "f8 ok")
run(lambda: f8(True), "f8 fail")
def f9():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("  handler")
    finally:
        print("  finally runs before propagation")
run(f9, "f9")

# the handled exception inside a clause is the matched part; restored afterwards
def f10():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("  exc_info is match:", sys.exc_info()[1] is e, sys.exception() is e)
    except* TypeError as e:
        print("  exc_info is match:", sys.exc_info()[1] is e)
    print("  after:", sys.exc_info())
run(f10, "f10")
try:
    raise OSError("outer")
except OSError:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        pass
    print("outer handled restored:", repr(sys.exc_info()[1]))

# the name is unbound after the clause
def f11():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        pass
    try:
        e
    except UnboundLocalError as x:
        print("  UnboundLocalError:", x)
run(f11, "f11")

# clause types are evaluated in order, only while the try is being handled
def typ(name, t):
    print("  evaluating", name)
    return t
def f12():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* typ("first", ValueError):
        pass
    except* typ("second", TypeError):
        pass
run(f12, "f12")

# invalid clause types
def f13():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
run(f13, "f13")
def f14():
    try:
        raise ValueError(1)
    except* (ValueError, BaseExceptionGroup):
        pass
run(f14, "f14")
def f15():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* int:
        pass
run(f15, "f15")
def f16():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* (ValueError, "x"):
        pass
run(f16, "f16")
try:
    f13()
except TypeError as e:
    print("f13 context:", leaves(e.__context__))
class MyEG(ExceptionGroup):
    pass
def f17():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* MyEG:
        pass
run(f17, "f17")
# no exception: the clause types are never evaluated
def f18():
    try:
        pass
    except* ExceptionGroup:
        pass
    print("  no error without an exception")
run(f18, "f18")

# nested try/except*
def f19():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
        except* ValueError as e:
            print("  inner ValueError:", leaves(e))
    except* TypeError as e:
        print("  outer TypeError:", leaves(e))
    except* KeyError as e:
        print("  outer KeyError:", leaves(e))
run(f19, "f19")
def f20():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        try:
            raise ExceptionGroup("inner", [KeyError(1), OSError(2)])
        except* KeyError as k:
            print("  nested handler:", leaves(k), "outer match:", leaves(e))
run(f20, "f20")
# plain except around except*, and except* inside a plain except
def f21():
    try:
        raise ValueError(0)
    except ValueError:
        try:
            raise ExceptionGroup("g", [TypeError(1)])
        except* TypeError as e:
            print("  ok", leaves(e), repr(e.__context__))
run(f21, "f21")

# loops inside a clause may break/continue; functions inside may return
def f22():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        for i in range(5):
            if i == 1:
                continue
            if i == 3:
                break
            print("  loop", i)
        def inner():
            return "returned"
        print(" ", inner())
run(f22, "f22")

# in a loop: each iteration handles independently
for i in range(3):
    try:
        if i == 1:
            raise ExceptionGroup("loop", [ValueError(i)])
        raise ExceptionGroup("loop", [TypeError(i)])
    except* ValueError as e:
        print("loop", i, "V", leaves(e))
    except* TypeError as e:
        print("loop", i, "T", leaves(e))

# except* in a generator
def gen():
    try:
        yield 1
        raise ExceptionGroup("gen", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        yield "handled " + str(leaves(e))
g = gen()
print(next(g), next(g))
try:
    next(g)
except ExceptionGroup as e:
    print("gen rest:", leaves(e))
