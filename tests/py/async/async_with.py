# async with: __aenter__/__aexit__ awaited, exceptions, suppression,
# return/break/continue through the block, and the TypeErrors.


def run(coro):
    try:
        while True:
            print("  yielded:", coro.send(None))
    except StopIteration as e:
        return e.value


class Tick:
    def __init__(self, what):
        self.what = what

    def __await__(self):
        yield self.what


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Tick("enter " + self.name)
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        await Tick("exit " + self.name)
        print("  exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress


async def main():
    async with Manager("a") as v:
        print("body", v)
    async with Manager("b", suppress=True):
        raise KeyError("swallowed")
    print("after suppressed")
    try:
        async with Manager("c"):
            raise ValueError("passes")
    except ValueError as e:
        print("caught", e)
    async with Manager("d") as x, Manager("e") as y:
        print("two managers", x, y)
    for i in range(3):
        async with Manager("loop%d" % i):
            if i == 0:
                continue
            if i == 1:
                break
    return await early()


async def early():
    async with Manager("f"):
        return "returned from inside"


print(run(main()))


class NoEnter:
    async def __aexit__(self, *a):
        pass


class NoExit:
    async def __aenter__(self):
        pass


class SyncEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        pass


class SyncExit:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 2


async def use(m):
    async with m:
        print("  inside")


for m in (NoEnter(), NoExit(), SyncEnter(), SyncExit(), 5):
    try:
        run(use(m))
    except TypeError as e:
        print("TypeError:", e)
