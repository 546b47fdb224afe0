# BaseExceptionGroup.split / subgroup / derive and the metadata they keep
def leaves(e):
    if e is None:
        return None
    if isinstance(e, BaseExceptionGroup):
        return [e.message] + [leaves(x) for x in e.exceptions]
    return repr(e)

v1, v2, t1, k1 = ValueError(1), ValueError(2), TypeError("t"), KeyError("k")
inner = ExceptionGroup("inner", [v2, t1])
eg = ExceptionGroup("top", [v1, inner, k1])

# by type, tuple of types, predicate
for m in (ValueError, TypeError, KeyError, LookupError, OSError, Exception,
          (TypeError, KeyError), (ZeroDivisionError,), ()):
    match, rest = eg.split(m)
    print("split", m, leaves(match), leaves(rest))
    print("  subgroup", leaves(eg.subgroup(m)))
match, rest = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] == 2)
print("pred", leaves(match), leaves(rest))
print("pred all", eg.split(lambda e: True)[0] is eg, eg.subgroup(lambda e: True) is eg)
print("pred none", eg.split(lambda e: False)[0], leaves(eg.split(lambda e: False)[1]))
# the predicate sees groups too, outermost first
seen = []
def pred(e):
    seen.append(type(e).__name__ + ":" + str(e))
    return False
eg.split(pred)
print(seen)
# a predicate that matches a whole nested group keeps it as it is
m = eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")
print(leaves(m), m.exceptions[0] is inner)
# leaves are shared, groups are new
match, rest = eg.split(ValueError)
print(match.exceptions[0] is v1, match.exceptions[1].exceptions[0] is v2, match is not eg)
print(type(match).__name__, type(match.exceptions[1]).__name__)
# whole-group match returns the group itself
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print(eg.split(ExceptionGroup)[0] is eg)
print(leaves(eg.split(BaseExceptionGroup)[0]))

# bad matchers
for bad in (1, "x", len, print, (ValueError, 1), [ValueError], (ValueError, (TypeError,)), int, None):
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        eg.subgroup(bad)
    except TypeError as e:
        print("TypeError:", e)
for call in (lambda: eg.split(), lambda: eg.split(ValueError, TypeError), lambda: eg.subgroup(),
             lambda: eg.derive(), lambda: eg.derive([v1], [v2])):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def raising(e):
    raise RuntimeError("from predicate")
try:
    eg.split(raising)
except RuntimeError as e:
    print("RuntimeError:", e)

# metadata is copied onto the derived groups
try:
    try:
        raise OSError("ctx")
    except OSError:
        raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from KeyError("cause")
except ExceptionGroup as e:
    eg2 = e
eg2.add_note("note 1")
match, rest = eg2.split(ValueError)
for part in (match, rest):
    print(leaves(part), part.__traceback__ is eg2.__traceback__, part.__cause__ is eg2.__cause__,
          part.__context__ is eg2.__context__, part.__suppress_context__, part.__notes__,
          part.__notes__ is eg2.__notes__)
plain = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
plain.__context__ = KeyError("c")
m = plain.subgroup(ValueError)
print(m.__traceback__, m.__cause__, repr(m.__context__), m.__suppress_context__, hasattr(m, "__notes__"))
plain.__notes__ = "not a list"
print(hasattr(plain.subgroup(TypeError), "__notes__"))
plain.__notes__ = ("tuple", "notes")
print(plain.subgroup(TypeError).__notes__)

# derive
d = eg.derive([KeyError(5)])
print(type(d).__name__, repr(d), d.__traceback__, d.__cause__)
print(type(eg.derive([KeyboardInterrupt()])).__name__)
try:
    eg.derive([])
except ValueError as e:
    print("ValueError:", e)

# a subclass that overrides derive keeps its type in split results
class TaggedEG(ExceptionGroup):
    def __new__(cls, message, excs, tag=None):
        self = super().__new__(cls, message, excs)
        self.tag = tag
        return self
    def __init__(self, message, excs, tag=None):
        super().__init__(message, excs)
    def derive(self, excs):
        print("  derive called with", type(excs).__name__, excs)
        return TaggedEG(self.message, excs, self.tag)
tg = TaggedEG("tagged", [ValueError(1), TypeError(2), ExceptionGroup("n", [ValueError(3), KeyError(4)])], tag="T")
match, rest = tg.split(ValueError)
print(type(match).__name__, match.tag, repr(match), type(rest).__name__, rest.tag, repr(rest))
# without an override, derive builds a plain (Base)ExceptionGroup
class PlainSub(ExceptionGroup):
    pass
ps = PlainSub("ps", [ValueError(1), TypeError(2)])
print(type(ps.subgroup(ValueError)).__name__)
# derive must return a group
class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")
try:
    BadDerive("bd", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)

# base exceptions in groups
bg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1), SystemExit(0)])
match, rest = bg.split(Exception)
print(type(match).__name__, leaves(match), type(rest).__name__, leaves(rest))
match, rest = bg.split((KeyboardInterrupt, SystemExit))
print(type(match).__name__, leaves(match), type(rest).__name__, leaves(rest))

# deep nesting
deep = ValueError("leaf")
for i in range(50):
    deep = ExceptionGroup(f"d{i}", [deep, KeyError(i)])
m, r = deep.split(ValueError)
depth = 0
while isinstance(m, BaseExceptionGroup):
    m = m.exceptions[0]
    depth += 1
print(depth, repr(m), len(r.exceptions))
