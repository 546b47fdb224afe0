# Async comprehensions and await inside comprehensions.


def run(coro):
    try:
        while True:
            print("  yielded:", coro.send(None))
    except StopIteration as e:
        return e.value


class Tick:
    def __await__(self):
        yield "tick"


async def arange(n):
    for i in range(n):
        await Tick()
        yield i


async def double(x):
    return 2 * x


async def main():
    print([x async for x in arange(3)])
    print({x % 2 async for x in arange(4)})
    print({x: x * x async for x in arange(3)})
    print([await double(x) for x in range(3)])
    print([x for x in range(5) if await double(x) > 4])
    print([(x, y) async for x in arange(2) for y in range(2)])
    print([(x, y) for x in range(2) async for y in arange(2)])
    print([[y async for y in arange(x)] for x in range(3)])
    agen = (await double(x) for x in range(3))
    print(type(agen).__name__, [v async for v in agen])
    return "done"


print(run(main()))


def plain():
    return (x async for x in arange(2))


g = plain()
print(type(g).__name__, run(g.__anext__()) if False else "ok")


class NotAsyncIterable:
    pass


async def bad():
    return [x async for x in NotAsyncIterable()]


try:
    run(bad())
except TypeError as e:
    print("TypeError:", e)
