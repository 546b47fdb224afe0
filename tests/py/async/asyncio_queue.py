# asyncio.Queue: producers and consumers, bounded puts, join/task_done,
# QueueEmpty/QueueFull, PriorityQueue and LifoQueue.
import asyncio


async def producer(q, name, items):
    for it in items:
        await q.put((name, it))
        print("put", name, it, "size", q.qsize())
    print("producer", name, "done")


async def consumer(q, name, seen):
    while True:
        item = await q.get()
        print("consumer", name, "got", item)
        seen.append(item)
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    seen = []
    consumers = [asyncio.create_task(consumer(q, n, seen)) for n in "xy"]
    await asyncio.gather(producer(q, "p1", range(3)), producer(q, "p2", "ab"))
    await q.join()
    print("joined, seen", len(seen))
    for c in consumers:
        c.cancel()
    res = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in res])

    q2 = asyncio.Queue(1)
    q2.put_nowait(1)
    try:
        q2.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull")
    print(q2.get_nowait())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        q2.task_done()
        q2.task_done()
    except ValueError as e:
        print("ValueError:", e)

    pq = asyncio.PriorityQueue()
    for x in (5, 1, 4, 2):
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for x in "abc":
        await lq.put(x)
    print([await lq.get() for _ in range(3)])

    # A getter waiting on an empty queue is woken by put_nowait.
    q3 = asyncio.Queue()

    async def waiter():
        print("waiting")
        v = await q3.get()
        print("woken with", v)

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    q3.put_nowait("hello")
    await t
    # Timed get.
    try:
        await asyncio.wait_for(q3.get(), 0.01)
    except asyncio.TimeoutError:
        print("get timed out")


asyncio.run(main())
