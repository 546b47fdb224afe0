# Exceptions in hostile places: long __context__ chains, comparisons that
# raise inside sort/min/max/bisect/heapq, __eq__ raising in list.index,
# 'in', count and remove, an exception class whose __str__ raises, and
# exceptions raised from __iter__/__next__ of a loop's iterable.
import bisect
import heapq
import traceback


def attempt(name, fn):
    try:
        r = fn()
        print(name, "ok", r)
    except Exception as e:
        print(name, type(e).__name__, e)


def chain(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        chain(n - 1)
    except ValueError as e:
        raise KeyError(n) from (e if n % 2 else None)


def long_context():
    e = None
    for i in range(20000):
        try:
            try:
                raise ValueError(i)
            finally:
                if e is not None:
                    pass
        except ValueError as err:
            try:
                raise KeyError(i) from err
            except KeyError as k:
                e = k
    depth = 0
    x = e
    while x is not None:
        depth += 1
        x = x.__cause__
    return depth


attempt("cause chain 200", lambda: chain(200))
attempt("long context", long_context)


def nested_context(n):
    try:
        raise ValueError(n)
    except ValueError:
        if n:
            nested_context(n - 1)
        else:
            raise TypeError("top")


def count_context():
    try:
        nested_context(300)
    except TypeError as e:
        n = 0
        while e is not None:
            n += 1
            e = e.__context__
        return n


attempt("context depth", count_context)


class Bad:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise ArithmeticError("no order for 3")
        return self.v < other.v

    def __eq__(self, other):
        if self.v == 3 or other.v == 3:
            raise LookupError("no eq for 3")
        return self.v == other.v

    __hash__ = None

    def __repr__(self):
        return "Bad(%d)" % self.v


items = [Bad(i) for i in (5, 1, 3, 4, 2)]
attempt("sort", lambda: sorted(items))
lst = list(items)
try:
    lst.sort()
except ArithmeticError:
    print("sort left", sorted(lst, key=lambda b: b.v) == sorted(items, key=lambda b: b.v))
attempt("min", lambda: min(items))
attempt("max", lambda: max(items))
attempt("bisect", lambda: bisect.bisect([Bad(1), Bad(3)], Bad(2)))
attempt("heapq", lambda: heapq.heapify(list(items)))
attempt("index", lambda: items.index(Bad(4)))
attempt("in", lambda: Bad(4) in items)
attempt("count", lambda: items.count(Bad(1)))
attempt("remove", lambda: list(items).remove(Bad(4)))
attempt("list eq", lambda: items == [Bad(i) for i in (5, 1, 3, 4, 2)])
attempt("tuple lt", lambda: (Bad(3),) < (Bad(3),))
attempt("hash None", lambda: {Bad(1): 1})


class StrRaises(Exception):
    def __str__(self):
        raise RuntimeError("no str")


def str_raises():
    try:
        raise StrRaises("x")
    except StrRaises as e:
        return repr(e), type(e).__name__


attempt("exception __str__ raises", str_raises)
attempt("format_exception_only", lambda: traceback.format_exception_only(StrRaises, StrRaises("x")))


class BadIter:
    def __iter__(self):
        raise OSError("no iter")


class BadNext:
    def __iter__(self):
        return self

    def __next__(self):
        raise ZeroDivisionError("no next")


def loop(it):
    out = []
    for x in it:
        out.append(x)
    return out


attempt("for over bad __iter__", lambda: loop(BadIter()))
attempt("for over bad __next__", lambda: loop(BadNext()))
attempt("list(bad __next__)", lambda: list(BadNext()))
attempt("unpack bad __next__", lambda: [a for a, b in [BadNext()]])
attempt("star unpack", lambda: [*BadNext()])
attempt("dict(bad)", lambda: dict(BadNext()))
attempt("zip", lambda: list(zip([1], BadNext())))
print("done")
