# threading.Semaphore and BoundedSemaphore: counting, non-blocking and timed
# acquire, the errors, and a limit on how many threads are inside at once.
import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release()
print(s.acquire(blocking=False))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
s.release()
with s:
    print("inside:", s.acquire(False))
print(s.acquire(False))

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError:", e)
b.release(2)
print(b.acquire(False), b.acquire(False), b.acquire(False))

# A thread blocked in acquire() gets the count that release() adds.
s0 = threading.Semaphore(0)
got = []
t = threading.Thread(target=lambda: got.append(s0.acquire(timeout=10)))
t.start()
s0.release()
t.join(10)
print(got)

# At most 3 of 8 threads are inside the semaphore at any time.
sem = threading.BoundedSemaphore(3)
guard = threading.Lock()
inside = [0]
peak = [0]
entries = [0]


def worker():
    for i in range(50):
        with sem:
            with guard:
                inside[0] += 1
                entries[0] += 1
                peak[0] = max(peak[0], inside[0])
            with guard:
                inside[0] -= 1


ts = [threading.Thread(target=worker) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join(10)
print(entries[0], inside[0], 1 <= peak[0] <= 3)
print(sem.acquire(False), sem.acquire(False), sem.acquire(False), sem.acquire(False))
