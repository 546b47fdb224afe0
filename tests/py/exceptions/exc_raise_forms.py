# raise statement forms
def reraise():
    try:
        raise ValueError("orig")
    except ValueError:
        print("handling, re-raising")
        raise
try:
    reraise()
except ValueError as e:
    print("re-raised", e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    raise int
except TypeError as e:
    print(type(e).__name__ + ":", e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    raise KeyError
except KeyError as e:
    print("class raise", repr(e))
err = ValueError("reuse")
for i in range(2):
    try:
        raise err
    except ValueError as e:
        print(i, e is err)
def raise_in_except():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e
try:
    raise_in_except()
except ZeroDivisionError as e:
    print("same exception", e)
try:
    e2 = ValueError("with tb")
    raise e2.with_traceback(None)
except ValueError as e:
    print(e)
