# threading.Condition: wait/notify, wait timeouts, wait_for, notify(n),
# notify_all, the errors for an un-acquired lock, and a producer/consumer.
import threading

c = threading.Condition()
try:
    c.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
with c:
    print("timeout:", c.wait(0.01))
    print("zero timeout:", c.wait(0))
    print("wait_for true:", c.wait_for(lambda: 5))
    print("wait_for timeout:", c.wait_for(lambda: 0, timeout=0.01))
    c.notify()       # no waiters: nothing happens
    c.notify_all()

# Condition over a plain Lock, and over an RLock held twice.
for lk in (threading.Lock(), threading.RLock()):
    cv = threading.Condition(lk)
    with cv:
        print(type(lk).__name__, cv.wait(0.001))
rl = threading.RLock()
cv = threading.Condition(rl)
with cv:
    with cv:
        print("nested:", cv.wait(0.001), rl._recursion_count())

# notify(n) wakes n of the waiters; notify_all wakes the rest.
cond = threading.Condition()
state = {"waiting": 0, "woken": 0, "go": 0}


def waiter():
    with cond:
        state["waiting"] += 1
        cond.notify_all()
        cond.wait_for(lambda: state["go"] > 0, timeout=10)
        state["go"] -= 1
        state["woken"] += 1
        cond.notify_all()


ts = [threading.Thread(target=waiter) for i in range(5)]
for t in ts:
    t.start()
with cond:
    print("all waiting:", cond.wait_for(lambda: state["waiting"] == 5, timeout=10))
    state["go"] = 2
    cond.notify(2)
    print("two woken:", cond.wait_for(lambda: state["woken"] == 2, timeout=10))
    state["go"] = 3
    cond.notify_all()
    print("all woken:", cond.wait_for(lambda: state["woken"] == 5, timeout=10))
for t in ts:
    t.join(10)
print(state)

# Producer/consumer over a list guarded by a Condition.
items = []
consumed = []
cv = threading.Condition()
DONE = object()


def consumer():
    while True:
        with cv:
            if not cv.wait_for(lambda: items, timeout=10):
                return
            item = items.pop(0)
        if item is DONE:
            return
        consumed.append(item)


def producer(base):
    for i in range(100):
        with cv:
            items.append(base + i)
            cv.notify()


cs = [threading.Thread(target=consumer) for i in range(3)]
ps = [threading.Thread(target=producer, args=(b,)) for b in (0, 1000, 2000)]
for t in cs + ps:
    t.start()
for t in ps:
    t.join(10)
with cv:
    items.extend([DONE] * 3)
    cv.notify_all()
for t in cs:
    t.join(10)
print(len(consumed), sum(consumed), sorted(consumed) == sorted(set(consumed)))
