# Worker threads build fresh objects, then block (on an event, a queue, a
# lock, a condition, or sleep) while the main thread allocates enough for many minor
# collections, one full collection in the middle, and also writes into
# objects the blocked workers made (a list one of them still holds, and a
# dict it registered).  The workers' frames do not change while they wait,
# and a minor collection may skip them once what they refer to is old: each
# worker checks all its objects after it wakes.
import gc
import queue
import threading
import time

N = 8
ready = threading.Barrier(N + 1)
go = threading.Event()
q = queue.Queue()
held = threading.Lock()
held.acquire()
cond = threading.Condition()
started = False
shared = {}
results = [None] * N
slept = []


def build(k):
    tuples = [(k, i, str(i), float(i)) for i in range(200)]
    nested = {i: [i, (i, k), {"k": k}] for i in range(50)}
    chain = None
    for i in range(100):
        chain = (i, chain)
    return tuples, nested, chain


def check(k, tuples, nested, chain):
    ok = all(t == (k, i, str(i), float(i)) for i, t in enumerate(tuples))
    ok = ok and all(nested[i] == [i, (i, k), {"k": k}] for i in range(50))
    n = 99
    while chain is not None:
        ok = ok and chain[0] == n
        chain, n = chain[1], n - 1
    return ok and n == -1


def worker(k):
    tuples, nested, chain = build(k)
    mine = [k]
    shared[k] = mine
    ready.wait()
    if k % 4 == 0:
        go.wait()
    elif k % 4 == 1:
        assert q.get() == "start"
    elif k % 4 == 2:
        with held:
            pass
    else:
        with cond:
            cond.wait_for(lambda: started)
    ok = check(k, tuples, nested, chain)
    # What the main thread appended while this thread waited.
    ok = ok and mine == [k] + [(k, j, [j]) for j in range(3)]
    results[k] = ok


def sleeper(k):
    tuples, nested, chain = build(k)
    time.sleep(0.3)
    slept.append(check(k, tuples, nested, chain))


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
threads += [threading.Thread(target=sleeper, args=(k,)) for k in (100, 101)]
for t in threads:
    t.start()
ready.wait()
junk = None
for r in range(6):
    for i in range(60000):
        junk = (i, [i, i], i * 1.5)
    if r == 2:
        gc.collect()
    # Young objects stored into old ones the waiting workers made.
    if r < 3:
        for k in range(N):
            shared[k].append((k, r, [r]))
print("main made", junk[0] + 1)
go.set()
for _ in range(N // 4):
    q.put("start")
held.release()
with cond:
    started = True
    cond.notify_all()
for t in threads:
    t.join()
for k, r in enumerate(results):
    print(k, r)
print("sleepers", slept)
