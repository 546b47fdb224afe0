# Task cancellation, CancelledError, wait_for timeouts, shield, wait,
# as_completed and asyncio.timeout().
import asyncio


async def long_sleep(tag):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(tag, "got CancelledError")
        raise
    finally:
        print(tag, "cleanup")


async def ignores_cancel():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallowing the cancellation")
    return "survived"


async def quick(x, delay=0):
    await asyncio.sleep(delay)
    return x


async def main():
    t = asyncio.create_task(long_sleep("t1"))
    await asyncio.sleep(0)
    print("cancel():", t.cancel(), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting cancelled task raises CancelledError")
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")

    # Cancelled before its first step: the coroutine never runs.
    t2 = asyncio.create_task(long_sleep("never"))
    t2.cancel("with a message")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("early cancel:", e.args)

    t3 = asyncio.create_task(ignores_cancel())
    await asyncio.sleep(0)
    t3.cancel()
    print("ignored cancel result:", await t3, t3.cancelled())

    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))
    print(asyncio.TimeoutError is TimeoutError)

    try:
        await asyncio.wait_for(long_sleep("wf"), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timed out", type(e.__cause__).__name__)
    print("wait_for in time:", await asyncio.wait_for(quick(3), 1))
    print("wait_for None:", await asyncio.wait_for(quick(4), None))

    inner = asyncio.create_task(quick("shielded", 0.02))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.005)
    except asyncio.TimeoutError:
        print("shield: outer timed out, inner cancelled:", inner.cancelled())
    print("inner result:", await inner)

    gate = asyncio.Event()

    async def gated(x):
        await gate.wait()
        return x

    tasks = [asyncio.create_task(gated(0)), asyncio.create_task(quick(1)),
             asyncio.create_task(gated(2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", sorted(t.result() for t in done), len(pending))
    gate.set()
    done, pending = await asyncio.wait(tasks)
    print("all:", sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait([asyncio.create_task(long_sleep("w"))],
                                       timeout=0.01)
    print("wait timeout:", len(done), len(pending))
    for p in pending:
        p.cancel()
        await asyncio.gather(p, return_exceptions=True)

    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(3)]

    async def resolve():
        for i in (1, 2, 0):
            await asyncio.sleep(0)
            futs[i].set_result("f%d" % i)

    resolver = asyncio.create_task(resolve())
    order = []
    for f in asyncio.as_completed(futs):
        order.append(await f)
    print("as_completed:", order)
    await resolver

    try:
        async with asyncio.timeout(0.01):
            await long_sleep("to")
    except TimeoutError:
        print("asyncio.timeout raised TimeoutError")
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print("timeout not expired:", cm.expired())

    # Cancelling a task that awaits another task cancels the inner one.
    inner2 = asyncio.create_task(long_sleep("inner2"))
    async def waits_for_inner():
        return await inner2
    outer = asyncio.create_task(waits_for_inner())
    await asyncio.sleep(0)
    outer.cancel()
    r = await asyncio.gather(outer, return_exceptions=True)
    print("outer:", type(r[0]).__name__, "inner cancelled:", inner2.cancelled())

    # gather() cancelled: children are cancelled.
    g = asyncio.gather(long_sleep("g1"), long_sleep("g2"))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")

    # A pending task left at the end of asyncio.run() is cancelled.
    asyncio.create_task(long_sleep("leftover"))
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
print("after run")
