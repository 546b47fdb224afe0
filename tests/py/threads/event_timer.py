# threading.Event (set/clear/wait with timeouts, waking many threads) and
# threading.Timer (runs once after its interval, cancel()).
import threading

e = threading.Event()
print(e.is_set(), e.wait(0.01), e.wait(0))
e.set()
print(e.is_set(), e.wait(), e.wait(0.01))
e.clear()
print(e.is_set(), e.wait(0.001))

# set() wakes every waiting thread.
start = threading.Event()
results = []
lock = threading.Lock()


def waiter(i):
    ok = start.wait(10)
    with lock:
        results.append((i, ok))


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
start.set()
for t in ts:
    t.join(10)
print(sorted(results))

# Timer.
fired = []
done = threading.Event()


def fire(a, b=0):
    fired.append(a + b)
    done.set()


t = threading.Timer(0.01, fire, args=(1,), kwargs={"b": 2})
t.start()
print("fired:", done.wait(10))
t.join(10)
print(fired, t.finished.is_set(), t.is_alive())

c = threading.Timer(10, fire, args=(100,))
c.start()
c.cancel()
c.join(10)
print(fired, c.is_alive(), c.finished.is_set())
print(threading.Timer(1, fire).args, threading.Timer(1, fire).kwargs)
