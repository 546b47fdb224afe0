# asyncio Event, Lock, Semaphore, BoundedSemaphore, Condition.
import asyncio


async def main():
    ev = asyncio.Event()

    async def waiter(n):
        print("waiter", n, "waiting")
        await ev.wait()
        print("waiter", n, "released")

    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("is_set", ev.is_set())
    ev.set()
    await asyncio.gather(*ts)
    print("wait on set event:", await ev.wait())
    ev.clear()
    print("cleared", ev.is_set())

    lock = asyncio.Lock()

    async def critical(n):
        async with lock:
            print("enter", n)
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            print("leave", n)

    await asyncio.gather(*(critical(i) for i in range(3)))
    print("locked after", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await lock.acquire()
    print("acquired", lock.locked())
    lock.release()

    sem = asyncio.Semaphore(2)
    active = []

    async def limited(n):
        async with sem:
            active.append(n)
            print("running", n, "concurrent", len(active))
            await asyncio.sleep(0)
            active.remove(n)

    await asyncio.gather(*(limited(i) for i in range(5)))
    print("semaphore locked:", sem.locked())
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

    cond = asyncio.Condition()
    items = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer", n, "took", items.pop())

    cs = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    for x in "ab":
        async with cond:
            items.append(x)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)


asyncio.run(main())
