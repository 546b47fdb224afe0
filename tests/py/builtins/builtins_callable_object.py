# object(), callable(), type checks of builtins
o = object()
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(callable(len), callable(o), callable(object), callable(lambda: 0), callable("".join), callable(None))
print(object.__name__, object.__bases__, type(object()).__name__, str(object).startswith("<class"))
print(o == o, o != object(), bool(o))
