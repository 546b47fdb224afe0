# await on objects with __await__, generator-based coroutines
# (types.coroutine) and the TypeErrors of bad awaitables.
import types


def run(coro):
    """Drive a coroutine to completion, printing what it yields."""
    try:
        while True:
            print("  yielded:", coro.send(None))
    except StopIteration as e:
        return e.value


class FromIter:
    def __await__(self):
        return iter([1, 2])


class FromGen:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n):
            yield "tick %d" % i
        return self.n * 10


class Nested:
    def __await__(self):
        r = yield from FromGen(2).__await__()
        return r + 1


@types.coroutine
def legacy(x):
    got = yield ("legacy", x)
    return x * 2 if got is None else got


@types.coroutine
def legacy_delegating():
    r = yield from add_one(5)
    return r


async def add_one(x):
    return x + 1


async def main():
    print("iter result", await FromIter())
    print("gen result", await FromGen(3))
    print("nested", await Nested())
    print("legacy", await legacy(4))
    print("legacy yield from coroutine", await legacy_delegating())
    return "main done"


print(run(main()))
print(type(legacy(1)).__name__, legacy.__name__)
print(types.coroutine(add_one) is add_one)
print(types.CoroutineType.__name__, types.AsyncGeneratorType.__name__)


class NoAwait:
    pass


class AwaitInt:
    def __await__(self):
        return 1


class AwaitCoro:
    def __await__(self):
        return add_one(1)


async def bad(x):
    await x


for obj in (1, "s", NoAwait(), AwaitInt(), AwaitCoro(), FromGen):
    try:
        run(bad(obj))
    except TypeError as e:
        print("TypeError:", e)


def plain_gen():
    yield from add_one(1)


try:
    next(plain_gen())
except TypeError as e:
    print("TypeError:", e)
try:
    types.coroutine(3)
except TypeError as e:
    print("TypeError:", e)
