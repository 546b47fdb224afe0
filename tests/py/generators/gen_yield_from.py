# yield from delegation with return values
def sub(n):
    for i in range(n):
        received = yield i
        if received:
            print("sub received", received)
    return f"sub({n}) done"
def delegator():
    r1 = yield from sub(2)
    print("r1 =", r1)
    r2 = yield from sub(3)
    print("r2 =", r2)
    return "all done"
g = delegator()
print(list(g))
g = delegator()
print(next(g), g.send("hello"), next(g))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def from_iterables():
    yield from "ab"
    yield from [1, 2]
    yield from range(3, 5)
    yield from {"k": 0}
    r = yield from ()
    yield r
print(list(from_iterables()))
def outer():
    try:
        yield from inner()
    except KeyError as e:
        yield "outer caught " + repr(e)
def inner():
    try:
        yield "inner 1"
        yield "inner 2"
    finally:
        print("inner finally")
o = outer()
print(next(o))
print(o.throw(KeyError("thrown")))
def close_delegation():
    yield from inner()
c = close_delegation()
next(c)
c.close()
print("closed delegator")
def stopiter_value():
    x = yield from iter([1, 2])
    yield x
print(list(stopiter_value()))
