# Recursion through special methods, properties and construction raises
# RecursionError (never a native stack overflow), and the program goes on.
# Which of CPython's internal checks trips first (and so the suffix of the
# message) depends on its C call paths, so only the common prefix is checked
# where more than one check is involved per level.
import sys


def check(name, fn):
    try:
        fn()
        print(name, "no error")
    except RecursionError as e:
        print(name, type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))


class Repr:
    def __repr__(self):
        return repr(self)


class Str:
    def __str__(self):
        return str(self)


class Eq:
    def __eq__(self, other):
        return self == other


class Lt:
    def __lt__(self, other):
        return self < other


class Hash:
    def __hash__(self):
        return hash(self)


class GetAttr:
    def __getattr__(self, name):
        return getattr(self, name)


class GetAttribute:
    def __getattribute__(self, name):
        return getattr(self, name)


class Len:
    def __len__(self):
        return len(self)


class Iter:
    def __iter__(self):
        return iter(self)


class Bool:
    def __bool__(self):
        return bool(self)


class Prop:
    @property
    def p(self):
        return self.p


class Init:
    def __init__(self):
        Init()


class New:
    def __new__(cls):
        return New()


class Call:
    def __call__(self):
        return self()


class Format:
    def __format__(self, spec):
        return format(self, spec)


class Index:
    def __index__(self):
        return [1, 2][self]


class Contains:
    def __contains__(self, x):
        return x in self


class GetItem:
    def __getitem__(self, k):
        return self[k]


class SetAttr:
    def __setattr__(self, name, value):
        setattr(self, name, value)


class Add:
    def __add__(self, other):
        return self + other


class Neg:
    def __neg__(self):
        return -self


class Missing(dict):
    def __missing__(self, key):
        return self[key]


class Desc:
    def __get__(self, obj, objtype=None):
        return obj.d


class HasDesc:
    d = Desc()


check("repr", lambda: repr(Repr()))
check("str", lambda: str(Str()))
check("f-string", lambda: f"{Str()}")
check("print", lambda: print(Str()))
check("eq", lambda: Eq() == 1)
check("ne", lambda: Eq() != 1)
check("lt", lambda: Lt() < 1)
check("list.index", lambda: [Eq()].index(1))
check("in list", lambda: 1 in [Eq()])
check("list ==", lambda: [Eq()] == [1])
check("hash", lambda: hash(Hash()))
check("dict key", lambda: {Hash(): 1})
check("set add", lambda: {Hash()})
check("__getattr__", lambda: GetAttr().x)
check("__getattribute__", lambda: GetAttribute().x)
check("len", lambda: len(Len()))
check("iter", lambda: iter(Iter()))
check("for", lambda: [x for x in Iter()])
check("bool", lambda: bool(Bool()))
check("if", lambda: 1 if Bool() else 2)
check("not", lambda: not Bool())
check("property", lambda: Prop().p)
check("__init__", Init)
check("__new__", New)
check("__call__", lambda: Call()())
check("format", lambda: format(Format(), ""))
check("__index__", lambda: [1, 2][Index()])
check("__contains__", lambda: 1 in Contains())
check("__getitem__", lambda: GetItem()[0])
check("__setattr__", lambda: setattr(SetAttr(), "x", 1))
check("__add__", lambda: Add() + 1)
check("__neg__", lambda: -Neg())
check("__missing__", lambda: Missing()[1])
check("descriptor", lambda: HasDesc().d)

# Messages where one check trips per level.
try:
    Call()()
except RecursionError as e:
    print("__call__:", e)
try:
    Eq() == Eq()
except RecursionError as e:
    print("eq:", type(e).__name__)

# The limit still works afterwards, with a smaller and a larger limit.
sys.setrecursionlimit(200)
check("repr at 200", lambda: repr(Repr()))
sys.setrecursionlimit(5000)
check("repr at 5000", lambda: repr(Repr()))
check("__getattr__ at 5000", lambda: GetAttr().x)
sys.setrecursionlimit(1000)


# Exceptions from a recursing __repr__ propagate through containers.
class Bad:
    def __repr__(self):
        raise ValueError("bad repr")


try:
    repr([1, {2: (Bad(),)}])
except ValueError as e:
    print(type(e).__name__, e)
print("done")
