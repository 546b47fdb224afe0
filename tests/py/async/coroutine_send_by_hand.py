# Coroutines driven by hand with send/throw/close, their attributes and errors.


class Step:
    """An awaitable that yields its label once and returns what it is sent."""

    def __init__(self, label):
        self.label = label

    def __await__(self):
        got = yield self.label
        return (self.label, got)


async def add(a, b):
    return a + b


async def body():
    x = await add(1, 2)
    print("x =", x)
    r = await Step("first")
    print("r =", r)
    try:
        await Step("second")
    except ValueError as e:
        print("caught", e)
    r = await Step("third")
    return ("done", r)


c = body()
print(type(c).__name__, type(c).__qualname__)
print(c.cr_running, c.cr_await, c.cr_suspended, c.cr_code.co_name)
print(c.__name__, c.__qualname__)
print(c.send(None))
print(c.cr_suspended, type(c.cr_await).__name__, c.cr_frame is not None)
print(c.send("one"))
print(c.throw(ValueError("boom")))
try:
    c.send("three")
except StopIteration as e:
    print("StopIteration", e.value)
print(c.cr_frame, c.cr_await)

# Reuse, just-started send, close.
for op in ("send", "throw"):
    try:
        if op == "send":
            c.send(None)
        else:
            c.throw(KeyError)
    except RuntimeError as e:
        print(op, "RuntimeError:", e)
c2 = body()
try:
    c2.send(1)
except TypeError as e:
    print("TypeError:", e)
print(c2.close(), c2.close())
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def guarded():
    try:
        await Step("in try")
    finally:
        print("finally runs on close")


g = guarded()
print(g.send(None))
print(g.close())


async def stubborn():
    try:
        await Step("s")
    except GeneratorExit:
        await Step("again")


s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


async def raises_stop():
    raise StopIteration(5)


try:
    raises_stop().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# __await__ gives a coroutine_wrapper iterating the same steps.
w = body().__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
print(w.send("a"))
print(w.throw(ValueError("b")))
try:
    w.send("c")
except StopIteration as e:
    print("wrapper result", e.value)

# A coroutine is not an iterator.
c3 = add(1, 1)
for f in (iter, next):
    try:
        f(c3)
    except TypeError as e:
        print("TypeError:", e)
c3.close()

# Awaiting a coroutine that is already being awaited.


async def outer(inner):
    return await inner


inner = body()
o1 = outer(inner)
print(o1.send(None))
o2 = outer(inner)
try:
    o2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
o1.close()
c4 = add(1, 2)
print(repr(c4).split(" at ")[0])
c4.close()
