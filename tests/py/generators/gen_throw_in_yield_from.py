# throw and send pass through yield from
def inner():
    while True:
        try:
            x = yield
            print("inner got", x)
        except ValueError as e:
            print("inner handled", e)
def outer():
    yield from inner()
o = outer()
next(o)
o.send(1)
o.throw(ValueError("v"))
o.send(2)
try:
    o.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated", repr(e))
try:
    o.send(3)
except StopIteration:
    print("outer finished")
def inner_returning():
    try:
        yield 1
    except ValueError:
        return "inner returned after throw"
def outer2():
    r = yield from inner_returning()
    yield r
o2 = outer2()
next(o2)
print(o2.throw(ValueError))
