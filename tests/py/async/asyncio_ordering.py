# asyncio.run / create_task / gather / sleep: the interleaving of tasks
# follows CPython's FIFO ready queue (a new task starts on the next loop
# iteration).
import asyncio


async def worker(name, steps, log):
    for i in range(steps):
        log.append((name, i))
        print("worker", name, "step", i)
        await asyncio.sleep(0)
    return name.upper()


async def fail_after(n):
    for _ in range(n):
        await asyncio.sleep(0)
    raise ValueError("failed after %d" % n)


async def main():
    log = []
    t1 = asyncio.create_task(worker("a", 3, log))
    t2 = asyncio.create_task(worker("b", 2, log), name="second")
    print("tasks created", t1.done(), t2.get_name(), t1.get_name().startswith("Task-"))
    await asyncio.sleep(0)
    print("after one sleep(0):", log)
    results = await asyncio.gather(t1, t2, worker("c", 1, log))
    print("gather:", results)
    print(t1.done(), t1.result(), t2.exception())

    # return_exceptions
    res = await asyncio.gather(fail_after(1), worker("d", 1, log),
                               return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in res])
    try:
        await asyncio.gather(worker("e", 3, log), fail_after(1))
    except ValueError as e:
        print("gather raised", e)
    print("empty gather", await asyncio.gather())

    # Timers run in order of their deadlines (fixed deadlines, so that a slow
    # machine cannot reorder them).
    order = []
    loop = asyncio.get_running_loop()
    finished = loop.create_future()
    now = loop.time()
    for d, tag in ((0.03, "slow"), (0.01, "fast"), (0.02, "mid")):
        loop.call_at(now + d, order.append, tag)
    loop.call_at(now + 0.04, finished.set_result, None)
    await finished
    print("timer order", order)

    # call_soon / call_later callbacks.
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(print, "call_soon callback")
    loop.call_later(0.01, fut.set_result, "from call_later")
    print("future:", await fut)
    h = loop.call_later(0.01, print, "never printed")
    h.cancel()
    await asyncio.sleep(0.02)
    print("current task is main:", asyncio.current_task() is main_task[0])
    return "main result"


main_task = []


async def entry():
    main_task.append(asyncio.current_task())
    return await main()


print(asyncio.run(entry()))

# run_until_complete on an explicit loop, and plain callbacks.
loop = asyncio.new_event_loop()
fut = loop.create_future()
fut.add_done_callback(lambda f: print("done callback", f.result()))
loop.call_soon(fut.set_result, 42)
print("run_until_complete:", loop.run_until_complete(fut))
print(loop.run_until_complete(worker("z", 2, [])))
loop.close()
print(loop.is_closed())
try:
    asyncio.run(1)
except ValueError as e:
    print("ValueError:", e)


async def nested():
    asyncio.run(worker("x", 1, []))


try:
    asyncio.run(nested())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
