# ThreadPoolExecutor: submit, map (with timeout), as_completed, wait with
# FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED, exceptions, shutdown
# (wait, cancel_futures), initializer, thread names, max_workers.
import concurrent.futures as cf
import threading

with cf.ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(pow, 2, i) for i in range(12)]
    print([f.result(timeout=10) for f in fs])
    it = ex.map(lambda a, b: a * b, range(10), range(10, 20))
    print(list(it))
    print(list(ex.map(str, [1, 2, 3], timeout=10, chunksize=5)))
    done = sorted(f.result() for f in cf.as_completed(fs, timeout=10))
    print(done == sorted(2 ** i for i in range(12)))
    print(len(list(cf.as_completed(fs + fs[:3]))))
    r = cf.wait(fs, timeout=10)
    print(type(r).__name__, len(r.done), len(r.not_done), r._fields)
    bad = ex.submit(int, "x")
    print(type(bad.exception(timeout=10)).__name__)
    try:
        bad.result()
    except ValueError as e:
        print("ValueError:", e)
    kw = ex.submit(lambda *a, **k: (a, sorted(k.items())), 1, 2, x=3)
    print(kw.result(timeout=10))
    names = ex.submit(lambda: threading.current_thread().name)
    print(names.result(timeout=10).startswith("ThreadPoolExecutor-"))
    print(ex._max_workers)

try:
    ex.submit(print)
except RuntimeError as e:
    print("RuntimeError:", e)

# map raises the first failing call's exception when reached.
with cf.ThreadPoolExecutor(2) as ex:
    it = ex.map(lambda x: 10 // x, [5, 2, 0, 1])
    got = []
    try:
        for v in it:
            got.append(v)
    except ZeroDivisionError as e:
        print(got, "ZeroDivisionError:", e)

# wait(): FIRST_COMPLETED and FIRST_EXCEPTION return early.
gate = threading.Event()
with cf.ThreadPoolExecutor(3, thread_name_prefix="pool") as ex:
    slow = ex.submit(gate.wait, 10)
    fast = ex.submit(lambda: "fast")
    d, nd = cf.wait([slow, fast], timeout=10, return_when=cf.FIRST_COMPLETED)
    print(fast in d, slow in nd)
    boom = ex.submit(lambda: 1 / 0)
    d, nd = cf.wait([slow, boom], timeout=10, return_when=cf.FIRST_EXCEPTION)
    print(boom in d, slow in nd)
    d, nd = cf.wait([slow], timeout=0.01)
    print(len(d), len(nd))
    try:
        for f in cf.as_completed([slow], timeout=0.01):
            pass
    except cf.TimeoutError as e:
        print("TimeoutError:", e)
    try:
        list(ex.map(gate.wait, [10], timeout=0.01))
    except cf.TimeoutError:
        print("map TimeoutError")
    print(ex.submit(lambda: threading.current_thread().name).result(10).startswith("pool_"))
    gate.set()
    print(slow.result(timeout=10))
    try:
        cf.wait([slow], return_when="bogus")
    except ValueError as e:
        print("ValueError:", e)

# shutdown(cancel_futures=True) cancels what has not started.
block = threading.Event()
started = threading.Event()
ex = cf.ThreadPoolExecutor(1)


def first():
    started.set()
    return block.wait(10)


f1 = ex.submit(first)
rest = [ex.submit(pow, 3, i) for i in range(5)]
started.wait(10)
print(f1.running(), rest[0].cancel(), rest[0].cancelled())
# Without waiting: the queue is drained before the running call can finish.
ex.shutdown(wait=False, cancel_futures=True)
block.set()
print(f1.result(timeout=10), [f.cancelled() for f in rest])
# Cancelled but never "notified" (no worker saw them): wait() does not count
# them as done.
d, nd = cf.wait(rest, timeout=0.01)
print(len(d), len(nd))

# The initializer runs once in each worker thread.
inits = []
lock = threading.Lock()


def init(tag):
    with lock:
        inits.append(tag)


with cf.ThreadPoolExecutor(2, initializer=init, initargs=("hi",)) as ex:
    print(sum(ex.map(abs, range(-50, 50))))
print(1 <= len(inits) <= 2, set(inits))

# A failing initializer breaks the pool.
logging_quiet = __import__("logging")
logging_quiet.basicConfig(level=logging_quiet.CRITICAL + 1)
ex = cf.ThreadPoolExecutor(1, initializer=lambda: 1 / 0)
f = ex.submit(abs, 1)
print(type(f.exception(timeout=10)).__name__)
try:
    ex.submit(abs, 2)
except cf.BrokenExecutor as e:
    print("BrokenThreadPool:", e)
ex.shutdown()

for bad in (0, -1):
    try:
        cf.ThreadPoolExecutor(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    cf.ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError:", e)
