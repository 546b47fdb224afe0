# class patterns: __match_args__, keywords, self-matching builtins, errors
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=zz) if zz > 0:
            return f"above {x},{y} by {zz}"
        case Point(0, 0):
            return "origin"
        case Point(x=0):
            return "on the y axis"
        case Point(x, y=0):
            return f"on the x axis at {x}"
        case Point(y=y, x=x):
            return f"at {x},{y}"
        case _:
            return "not a point"


for p in (Point(0, 0), Point(0, 3), Point(2, 0), Point(1, 1), Point3(0, 0, 0),
          Point3(1, 2, 3), Point3(1, 2, -3), "point"):
    print(where(p))


# self-matching builtins take one positional sub-pattern: the subject itself
def builtin(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(0 | 1 as n):
            return f"small int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case bytes(b) | bytearray(b):
            return f"bytes-like {b!r}"
        case list([a, *_]):
            return f"list starting {a}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict({"k": v}):
            return f"dict k={v}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case _:
            return "other"


for v in (True, 0, 7, 2.5, "", "hi", b"b", bytearray(b"ba"), [9, 8], (1, 2),
          {"k": 3}, {1, 2}, frozenset(), None, [], (1,)):
    print(repr(v), "->", builtin(v))


class MyInt(int):
    pass


class MyStr(str):
    __match_args__ = ("upper_name",)

    @property
    def upper_name(self):
        return self.upper()


match MyInt(5):
    case int(n):
        print("MyInt matches itself:", n, type(n).__name__)
match MyStr("abc"):
    case MyStr(u):
        print("__match_args__ overrides self-matching:", u)


# a missing attribute is a failed match, not an error
class Sparse:
    __match_args__ = ("a", "b")

    def __init__(self):
        self.a = 1


match Sparse():
    case Sparse(a, b):
        print("both?")
    case Sparse(a):
        print("only a:", a)


# other exceptions from attribute access propagate
class Boom:
    @property
    def x(self):
        raise KeyError("boom")


try:
    match Boom():
        case Boom(x=1):
            pass
except KeyError as e:
    print("KeyError propagated:", e)


# runtime TypeErrors
def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)


not_a_type = len


def t1():
    match 1:
        case not_a_type():
            return "?"


class BadArgs:
    __match_args__ = ["x"]


def t2():
    match BadArgs():
        case BadArgs(1):
            return "?"


class BadElem:
    __match_args__ = ("x", 3)
    x = 1


def t3():
    match BadElem():
        case BadElem(1, 2):
            return "?"


def t4():
    match Point(1, 2):
        case Point(1, 2, 3):
            return "?"


def t5():
    match 5:
        case int(5, 6):
            return "?"


def t6():
    match Point(1, 2):
        case Point(1, x=1):
            return "?"


class NoArgs:
    pass


def t7():
    match NoArgs():
        case NoArgs(1):
            return "?"


for i, f in enumerate((t1, t2, t3, t4, t5, t6, t7), 1):
    attempt(f"t{i}", f)


# isinstance honours __instancecheck__ (ABCs)
import collections.abc

match [1, 2]:
    case collections.abc.Sized():
        print("list is Sized")
match {}:
    case collections.abc.Mapping():
        print("dict is a Mapping")


# dotted class names and tuple of attributes order
class NS:
    P = Point


match Point(5, 6):
    case NS.P(y=b, x=a):
        print("dotted class", a, b)
