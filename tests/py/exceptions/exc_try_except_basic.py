# basic try/except/else/finally flow
def attempt(x):
    try:
        print("try", x)
        r = 10 / x
    except ZeroDivisionError as e:
        print("except", type(e).__name__, e)
        return "err"
    else:
        print("else", r)
        return r
    finally:
        print("finally", x)
print(attempt(2))
print(attempt(0))
try:
    [][0]
except (KeyError, IndexError) as e:
    print("tuple except", type(e).__name__)
try:
    {}["k"]
except LookupError as e:
    print("base class catch", type(e).__name__, repr(e))
try:
    int("x")
except Exception:
    print("bare Exception")
try:
    raise ValueError
except ValueError as e:
    print("raised class", repr(e), e.args, str(e) == "")
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("not here")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)
def name_cleared():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    try:
        err
    except NameError as e2:
        print(type(e2).__name__ + ":", e2)
    except UnboundLocalError as e2:
        print(type(e2).__name__ + ":", e2)
name_cleared()
