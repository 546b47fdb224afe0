# queue between threads: several producers and consumers, a bounded queue
# that makes producers wait, task_done/join, and SimpleQueue.
import queue
import threading

q = queue.Queue(maxsize=5)
results = []
lock = threading.Lock()
STOP = None


def producer(base):
    for i in range(200):
        q.put(base + i, timeout=10)


def consumer():
    while True:
        item = q.get(timeout=10)
        if item is STOP:
            q.task_done()
            return
        with lock:
            results.append(item)
        q.task_done()


producers = [threading.Thread(target=producer, args=(b,)) for b in (0, 1000, 2000, 3000)]
consumers = [threading.Thread(target=consumer) for i in range(3)]
for t in producers + consumers:
    t.start()
# The joins are bounded so that a hang fails the test instead of hanging
# it; generously, because under TAIPAN_GC_STRESS=1 the whole script takes
# over a minute (with 10 s a slow producer could still hold its last items
# when the counts below were printed).
for t in producers:
    t.join(60)
print("producers done:", [p.is_alive() for p in producers] == [False] * 4)
# q.join(), bounded: a lost task_done() fails the test instead of hanging.
j = threading.Thread(target=q.join, daemon=True)
j.start()
j.join(60)
print("joined:", not j.is_alive())
print(len(results), sum(results), q.qsize(), q.unfinished_tasks)
for c in consumers:
    q.put(STOP, timeout=10)
for c in consumers:
    c.join(10)
print(sorted(results) == sorted(set(results)), [c.is_alive() for c in consumers])

# FIFO order is kept for one producer and one consumer.
fifo = queue.Queue()
got = []


def drain():
    for i in range(500):
        got.append(fifo.get(timeout=10))


t = threading.Thread(target=drain)
t.start()
for i in range(500):
    fifo.put(i)
t.join(10)
print(got == list(range(500)))

# A consumer blocked in get() wakes up when an item arrives.
late = queue.Queue()
box = []
t = threading.Thread(target=lambda: box.append(late.get(timeout=10)))
t.start()
threading.Event().wait(0.01)
late.put("arrived")
t.join(10)
print(box)

# SimpleQueue with 4 producers and 2 consumers.
sq = queue.SimpleQueue()
taken = []


def sproducer(base):
    for i in range(250):
        sq.put(base + i)


def sconsumer():
    while True:
        item = sq.get(timeout=10)
        if item is None:
            return
        with lock:
            taken.append(item)


ps = [threading.Thread(target=sproducer, args=(b * 1000,)) for b in range(4)]
cs = [threading.Thread(target=sconsumer) for i in range(2)]
for t in ps + cs:
    t.start()
for t in ps:
    t.join(10)
for t in cs:
    sq.put(None)
for t in cs:
    t.join(10)
print(len(taken), sum(taken), sorted(taken) == sorted(set(taken)), sq.empty())

# PriorityQueue filled by several threads comes out sorted.
pq = queue.PriorityQueue()
ts = [threading.Thread(target=lambda b=b: [pq.put(b + 7 * i % 50) for i in range(50)])
      for b in (0, 100, 200)]
for t in ts:
    t.start()
for t in ts:
    t.join(10)
out = [pq.get_nowait() for i in range(pq.qsize())]
print(len(out), out == sorted(out))
