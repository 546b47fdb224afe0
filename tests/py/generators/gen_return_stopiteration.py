# return value plumbing
def g(v):
    yield
    return v
for value in (None, 0, "s", [1], (1, 2)):
    it = g(value)
    next(it)
    try:
        next(it)
    except StopIteration as e:
        print(repr(e.value), e.args)
def tuple_return():
    return (1, 2)
    yield
try:
    next(tuple_return())
except StopIteration as e:
    print(e.value, e.args)
def wrapper():
    result = yield from g("inner value")
    return "wrapped " + result
w = wrapper()
next(w)
try:
    next(w)
except StopIteration as e:
    print(e.value)
