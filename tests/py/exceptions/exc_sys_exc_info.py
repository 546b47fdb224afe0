# sys.exc_info and exception state restoration
import sys
print(sys.exc_info())
try:
    raise ValueError("active")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v if hasattr(sys, "exception") else "n/a")
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print("restored:", sys.exc_info()[0].__name__)
print(sys.exc_info())
def gen():
    try:
        yield 1
    except ZeroDivisionError:
        yield sys.exc_info()[0].__name__
g = gen()
next(g)
print(g.throw(ZeroDivisionError))
print(sys.exc_info())
