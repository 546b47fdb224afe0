# Worker threads wait (on an event, a queue, a lock with a timeout) while
# the main thread allocates and collects several times; each then checks
# the objects it made before waiting, which only its own frame refers to.
import gc
import threading
import queue

N = 6
ready = threading.Barrier(N + 1)
go = threading.Event()
q = queue.Queue()
held = threading.Lock()
held.acquire()
results = [None] * N


def worker(k):
    mine = [(k, i, str(i)) for i in range(100)]
    d = {i: [i] * 3 for i in range(30)}
    ready.wait()
    if k % 3 == 0:
        go.wait()
    elif k % 3 == 1:
        assert q.get() == "start"
    else:
        got = held.acquire(timeout=0.05)
        results[k] = ("timeout", got)
        go.wait()
    ok = all(t == (k, i, str(i)) for i, t in enumerate(mine))
    ok = ok and all(d[i] == [i] * 3 for i in range(30))
    results[k] = (results[k], ok) if results[k] else ok


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
ready.wait()
junk = None
for r in range(5):
    for i in range(400):
        junk = (i, [i, i], {"k": i})
    gc.collect()
print("main made", junk[0] + 1)
go.set()
for _ in range(N):
    q.put("start")
for t in threads:
    t.join()
for k, r in enumerate(results):
    print(k, r)
