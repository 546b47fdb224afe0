# More ways to recurse without bound: each raises RecursionError (caught,
# the program goes on) as in CPython 3.11.  Only the type is printed: where
# CPython's limit is hit first differs for eval/exec ("... during
# compilation"), print(obj) ("... while getting the str of an object") and
# __init__/__new__ ("... while calling a Python object"); Taipan's message
# has no suffix there (the recursion tests in this folder check the
# messages of the other paths).
import sys


def attempt(name, fn):
    try:
        r = fn()
        print(name, "ok", r)
    except RecursionError as e:
        print(name, "RecursionError", str(e).startswith("maximum recursion depth exceeded"))
    except Exception as e:
        print(name, type(e).__name__, e)


def gen_chain(n):
    if n:
        yield from gen_chain(n + 1)
    yield n


attempt("yield from chain", lambda: next(gen_chain(1)))


def via_eval():
    return eval("via_eval()")


attempt("eval", via_eval)


def via_exec():
    exec("via_exec()")


attempt("exec", via_exec)


class Str:
    def __str__(self):
        return str(self)


attempt("__str__", lambda: str(Str()))
attempt("print __str__", lambda: print(Str()))


class Fmt:
    def __format__(self, spec):
        return format(self, spec)


attempt("__format__", lambda: format(Fmt(), ""))
attempt("f-string __format__", lambda: f"{Fmt()}")


class Idx:
    def __index__(self):
        return [1, 2][self]


attempt("__index__", lambda: [1, 2, 3][Idx()])


class Len:
    def __len__(self):
        return len(self)


attempt("__len__", lambda: len(Len()))


class Bool:
    def __bool__(self):
        return not self


attempt("__bool__", lambda: bool(Bool()))


class Iter:
    def __iter__(self):
        return iter(self)


attempt("__iter__", lambda: iter(Iter()))


class SetAttr:
    def __setattr__(self, name, value):
        setattr(self, name, value)


attempt("__setattr__", lambda: setattr(SetAttr(), "a", 1))


class GetAttribute:
    def __getattribute__(self, name):
        return self.other


attempt("__getattribute__", lambda: GetAttribute().x)


class Call:
    def __call__(self):
        return self()


attempt("__call__", lambda: Call()())


class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, cls)


class WithMeta(metaclass=Meta):
    pass


attempt("__instancecheck__", lambda: isinstance(1, WithMeta))


def sort_key(x):
    return sorted([x], key=sort_key)


attempt("sorted key", lambda: sorted([1], key=sort_key))
attempt("map", lambda: (lambda f: f(f))(lambda f: list(map(f, [f]))))


class Init:
    def __init__(self):
        Init()


attempt("__init__", Init)


class New:
    def __new__(cls):
        return New()


attempt("__new__", New)
# The limit itself still works after all of that.
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


print(depth(0) > 500, sys.getrecursionlimit())
print("done")
