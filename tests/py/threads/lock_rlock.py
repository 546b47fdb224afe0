# threading.Lock and threading.RLock: acquire/release, blocking and timeouts,
# ownership rules of RLock, errors, and mutual exclusion between threads.
import threading

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False))
print(lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)
print(threading.ThreadError is RuntimeError, isinstance(threading.TIMEOUT_MAX, float))

# A Lock may be released by another thread than the one that took it.
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join(10)
print("released by other thread:", lock.locked())

# A thread blocks on a held lock until it is released.
order = []
lock.acquire()


def waiter():
    if lock.acquire(timeout=10):
        order.append("waiter got it")
        lock.release()


t = threading.Thread(target=waiter)
t.start()
t.join(0.02)
order.append("main releases")
lock.release()
t.join(10)
print(order)

# RLock.
r = threading.RLock()
print(type(r).__name__)
print(r.acquire(), r.acquire(), r.acquire(False))
print(r._is_owned(), r._recursion_count())
r.release()
r.release()
r.release()
print(r._is_owned(), r._recursion_count())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("nested with:", r._recursion_count())

# Another thread cannot take or release an RLock that this thread holds.
r.acquire()
out = []


def other():
    out.append(r.acquire(False))
    out.append(r.acquire(timeout=0.01))
    out.append(r._is_owned())
    try:
        r.release()
    except RuntimeError as e:
        out.append("RuntimeError: %s" % e)


t = threading.Thread(target=other)
t.start()
t.join(10)
print(out)
r.release()

# _release_save / _acquire_restore (used by Condition) keep the depth.
r.acquire()
r.acquire()
state = r._release_save()
print(r._is_owned(), r._recursion_count())
r._acquire_restore(state)
print(r._is_owned(), r._recursion_count())
r.release()
r.release()

# Mutual exclusion: 6 threads add to a shared counter and dict under a Lock.
counter = [0]
tally = {}
mutex = threading.Lock()


def bump(name):
    for i in range(2000):
        with mutex:
            counter[0] += 1
            tally[name] = tally.get(name, 0) + 1
            tally["all"] = tally.get("all", 0) + 1


ts = [threading.Thread(target=bump, args=("t%d" % i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join(10)
print(counter[0], sorted(tally.items()))

# The same with an RLock taken twice per step.
rl = threading.RLock()
counter = [0]


def bump2():
    for i in range(1000):
        with rl:
            with rl:
                counter[0] += 1


ts = [threading.Thread(target=bump2) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join(10)
print(counter[0])
