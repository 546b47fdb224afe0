# exception attributes from builtins
try:
    {}["key"]
except KeyError as e:
    print(e.args, repr(e))
try:
    [].pop()
except IndexError as e:
    print(e.args)
try:
    int("z")
except ValueError as e:
    print(e.args)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(e.args, e.name, repr(e.msg))
try:
    undefined_thing
except NameError as e:
    print(e.args, e.name)
try:
    object().missing_attr
except AttributeError as e:
    print(e.args, e.name)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
e = StopIteration(5)
print(e.value, e.args, StopIteration().value)
s = SystemExit(3)
print(s.code, SystemExit().code, SystemExit("msg").code, SystemExit(1, 2).code)
o = OSError(2, "No such file")
print(o.errno, o.strerror, o.args, type(o).__name__)
print(type(OSError(2, "x")).__name__, FileNotFoundError(2, "x").errno)
k = KeyboardInterrupt()
print(isinstance(k, Exception), isinstance(k, BaseException))
