# __cause__, __context__, __suppress_context__
def show(e):
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("explicit") from z
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("from None") from None
except ValueError as e:
    show(e)
try:
    raise KeyError("k") from OSError("os")
except KeyError as e:
    show(e)
try:
    try:
        raise TypeError("a")
    except TypeError:
        try:
            raise ValueError("b")
        except ValueError:
            raise KeyError("c")
except KeyError as e:
    show(e)
    show(e.__context__)
e = RuntimeError("manual")
e.__cause__ = ValueError("set")
print(e.__suppress_context__, repr(e.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as err:
    print(type(err).__name__ + ":", err)
try:
    try:
        raise ValueError("inner")
    finally:
        pass
except ValueError as e:
    print(repr(e.__context__))
