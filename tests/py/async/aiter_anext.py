# The builtins aiter() and anext() (with and without a default).


def run(coro):
    try:
        while True:
            print("  yielded:", coro.send(None))
    except StopIteration as e:
        return e.value


class Tick:
    def __await__(self):
        yield "tick"


async def agen():
    yield "a"
    await Tick()
    yield "b"


class Counter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await Tick()
        return self.n


async def main():
    g = agen()
    print(aiter(g) is g)
    print(await anext(g))
    print(await anext(g, "default"))
    print(await anext(g, "default"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    c = aiter(Counter(2))
    print(await anext(c), await anext(c), await anext(c, "end"))
    print(type(anext(agen(), 0)).__name__, type(anext(agen())).__name__)
    return "done"


print(run(main()))


class BadAiter:
    def __aiter__(self):
        return 1


class SyncAnext:
    def __anext__(self):
        return 3


for f, args in ((aiter, (1,)), (aiter, (BadAiter(),)), (anext, (1,)),
                (anext, (SyncAnext(),))):
    try:
        print(f(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    anext(SyncAnext(), 1).send(None)
except TypeError as e:
    print("TypeError:", e)
