# StopIteration raised inside a generator becomes RuntimeError (PEP 479)
def g():
    yield 1
    raise StopIteration("inside")
it = g()
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__ + ":", e, "| cause:", repr(e.__cause__))
def g2():
    yield 1
    next(iter([]))
try:
    list(g2())
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
def g3():
    return "value"
    yield
try:
    next(g3())
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
