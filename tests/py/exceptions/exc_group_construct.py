# BaseExceptionGroup / ExceptionGroup: construction, checks and attributes
def show(f):
    try:
        r = f()
        print("ok:", type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(ExceptionGroup.__new__ is BaseExceptionGroup.__new__, ExceptionGroup.__module__)

eg = ExceptionGroup("msg", [ValueError(1), TypeError("t")])
print(eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(eg.args, repr(eg), str(eg))
print(str(ExceptionGroup("one", [KeyError("k")])), str(ExceptionGroup("", (OSError(),))))
print(eg.__cause__, eg.__context__, eg.__traceback__, eg.__suppress_context__)

# the class is chosen from the contents
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
print(type(BaseExceptionGroup("b", [ValueError(), KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("b", [SystemExit(2)])).__name__)
show(lambda: ExceptionGroup("e", [KeyboardInterrupt()]))
show(lambda: ExceptionGroup("e", [ValueError(), GeneratorExit()]))

# argument checks
show(lambda: ExceptionGroup())
show(lambda: ExceptionGroup("m"))
show(lambda: ExceptionGroup("m", [ValueError()], 3))
show(lambda: ExceptionGroup(1, [ValueError()]))
show(lambda: ExceptionGroup(b"m", [ValueError()]))
show(lambda: ExceptionGroup("m", 1))
show(lambda: ExceptionGroup("m", {ValueError()}))
show(lambda: ExceptionGroup("m", {1: 2}))
show(lambda: ExceptionGroup("m", []))
show(lambda: ExceptionGroup("m", ()))
show(lambda: ExceptionGroup("m", [ValueError(), 1]))
show(lambda: ExceptionGroup("m", [ValueError]))
show(lambda: ExceptionGroup("m", "ab"))
show(lambda: ExceptionGroup("m", [ValueError()], x=1))
show(lambda: BaseExceptionGroup("m", [ValueError()], x=1))
show(lambda: BaseExceptionGroup("m", [KeyboardInterrupt()], x=1))
show(lambda: ExceptionGroup("m", (e for e in [ValueError()])))
show(lambda: ExceptionGroup("m", range(2)))

# other sequences are accepted; exceptions is always a tuple, args keeps the input
lst = [ValueError(1)]
eg2 = ExceptionGroup("m", lst)
lst.append(TypeError(2))
print(eg2.exceptions, eg2.args[1] is lst)
class Seq:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError(i)
        return KeyError(i)
print(ExceptionGroup("seq", Seq()).exceptions)

# read-only attributes
for attr in ("message", "exceptions"):
    try:
        setattr(eg, attr, "x")
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        delattr(eg, attr)
    except AttributeError as e:
        print("AttributeError:", e)

# nesting and str of nested groups
inner = ExceptionGroup("inner", [ValueError("v")])
outer = BaseExceptionGroup("outer", [inner, KeyboardInterrupt()])
print(repr(outer), str(outer), type(outer).__name__)
print(outer.exceptions[0] is inner)

# notes
eg.add_note("a note")
print(eg.__notes__)

# generic alias
print(ExceptionGroup[ValueError], BaseExceptionGroup[KeyboardInterrupt])

# subclasses
class MyEG(ExceptionGroup):
    def __init__(self, message, excs, code=0):
        super().__init__(message, excs)
        self.code = code
try:
    MyEG("m", [ValueError()], 3)
except TypeError as e:
    print("TypeError:", e)
class MyEG2(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self
    def __init__(self, message, excs, code=0):
        super().__init__(message, excs)
m = MyEG2("mine", [ValueError(1)], 7)
print(type(m).__name__, m.code, m.message, m.exceptions, str(m), repr(m))
class MyBEG(BaseExceptionGroup):
    pass
print(type(MyBEG("b", [ValueError()])).__name__, type(MyBEG("b", [SystemExit()])).__name__)
class MixedEG(ExceptionGroup, ValueError):
    pass
mx = MixedEG("mixed", [KeyError(1)])
print(isinstance(mx, ValueError), isinstance(mx, ExceptionGroup), str(mx))
class ExcEG(BaseExceptionGroup, Exception):
    pass
show(lambda: ExcEG("x", [KeyboardInterrupt()]))
try:
    BaseExceptionGroup.__new__(ValueError, "m", [ValueError()])
except TypeError as e:
    print("TypeError:", e)
try:
    BaseExceptionGroup.derive(ValueError(), [])
except TypeError as e:
    print("TypeError:", e)

# raising and catching with a plain except
try:
    raise ExceptionGroup("raised", [ValueError(1)])
except Exception as e:
    print("caught", type(e).__name__, e.exceptions)
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt()])
except Exception:
    print("wrong")
except BaseException as e:
    print("caught base", repr(e))
