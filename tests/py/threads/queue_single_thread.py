# queue semantics in one thread: FIFO/LIFO/priority order, maxsize and Full,
# Empty, timeouts, qsize/empty/full, task_done/join bookkeeping, SimpleQueue.
import queue

q = queue.Queue()
for i in (3, 1, 2):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for i in range(3)], q.empty())

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for i in (3, 1, 4, 1, 5, 9, 2, 6):
    lq.put(i)
    pq.put((i, str(i)))
print([lq.get() for i in range(8)])
print([pq.get()[0] for i in range(8)])

b = queue.Queue(maxsize=2)
b.put(1)
b.put_nowait(2)
print(b.full(), b.qsize())
try:
    b.put_nowait(3)
except queue.Full:
    print("Full")
try:
    b.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    b.put(3, block=False)
except queue.Full:
    print("Full non-blocking")
print(b.get(), b.get_nowait())
try:
    b.get_nowait()
except queue.Empty:
    print("Empty")
try:
    b.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    b.get(False)
except queue.Empty:
    print("Empty non-blocking")
try:
    b.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
b.put(1)
b.put(2)
try:
    b.put(3, timeout=-1)
except ValueError as e:
    print("ValueError:", e)

# Unbounded when maxsize <= 0.
u = queue.Queue(-1)
for i in range(100):
    u.put_nowait(i)
print(u.qsize(), u.full(), u.maxsize)

# task_done / join.
t = queue.Queue()
t.put("a")
t.put("b")
print(t.unfinished_tasks)
t.get()
t.task_done()
t.get()
t.task_done()
t.join()
print("joined", t.unfinished_tasks)
try:
    t.task_done()
except ValueError as e:
    print("ValueError:", e)

# SimpleQueue.
s = queue.SimpleQueue()
print(s.empty(), s.qsize())
for i in range(5):
    s.put(i)
s.put_nowait("x")
print(s.qsize(), s.empty(), [s.get() for i in range(5)], s.get_nowait())
try:
    s.get_nowait()
except queue.Empty:
    print("Empty")
try:
    s.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    s.get(block=False, timeout=5)
except queue.Empty:
    print("Empty non-blocking")
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(sorted(n for n in queue.__all__))
