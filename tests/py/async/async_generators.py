# Async generators: async for, __anext__/asend/athrow/aclose and their
# awaitables, attributes and errors.


def run(coro):
    try:
        while True:
            print("  yielded:", coro.send(None))
    except StopIteration as e:
        return e.value


class Tick:
    def __await__(self):
        yield "tick"


async def countdown(n):
    while n > 0:
        await Tick()
        yield n
        n -= 1


async def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
            except ValueError as e:
                print("  echo caught", e)
                yield "recovered"
    finally:
        print("  echo finally", received)


async def main():
    async for v in countdown(2):
        print("got", v)
    else:
        print("for-else ran")
    out = []
    async for v in countdown(3):
        if v == 2:
            continue
        out.append(v)
    print(out)
    async for v in countdown(5):
        if v == 4:
            break
    print("broke at", v)
    e = echo()
    print(await e.__anext__())
    print(await e.asend("a"))
    print(await e.asend("b"))
    print(await e.athrow(ValueError("bad")))
    print(await e.aclose())
    try:
        await e.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")
    return "ok"


print(run(main()))

a = countdown(1)
print(type(a).__name__, a.__name__, a.ag_running, a.ag_await, a.ag_code.co_name)
print(a.__aiter__() is a)
nx = a.__anext__()
print(type(nx).__name__, type(a.aclose()).__name__)
print(nx.send(None))
print(a.ag_running, type(a.ag_await).__name__)
try:
    nx.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    nx.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    run(a.__anext__())
except StopAsyncIteration:
    print("exhausted")


async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def closer():
    g = ignores_exit()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)


run(closer())


async def raises_stop_async():
    raise StopAsyncIteration
    yield


async def consume(g):
    async for x in g:
        print(x)


try:
    run(consume(raises_stop_async()))
except RuntimeError as e:
    print("RuntimeError:", e)


async def not_started():
    g = countdown(3)
    print("aclose unstarted:", await g.aclose())
    try:
        await g.asend(1)
    except StopAsyncIteration:
        print("closed generator")
    g2 = countdown(2)
    try:
        await g2.asend(5)
    except TypeError as e:
        print("TypeError:", e)


run(not_started())


async def agen_genexpr():
    gen = (x * x async for x in countdown(3))
    print(type(gen).__name__)
    return [v async for v in gen]


print(run(agen_genexpr()))
