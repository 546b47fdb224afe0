# threading.Barrier: indices, the action, reuse over several rounds, the
# timeout breaking it, abort() and reset(), and the properties.
import threading

b = threading.Barrier(4)
print(b.parties, b.n_waiting, b.broken)
indices = []
lock = threading.Lock()


def party():
    i = b.wait(10)
    with lock:
        indices.append(i)


ts = [threading.Thread(target=party) for i in range(3)]
for t in ts:
    t.start()
main_index = b.wait(10)
for t in ts:
    t.join(10)
print(sorted(indices + [main_index]), b.n_waiting, b.broken)

# The action runs once per round, before anyone leaves; rounds reuse it.
rounds = []
counts = [0]


def action():
    rounds.append(counts[0])


b2 = threading.Barrier(3, action=action)


def looper():
    for r in range(5):
        with lock:
            counts[0] += 1
        b2.wait(10)


ts = [threading.Thread(target=looper) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join(10)
print(rounds, b2.broken)

# A timeout breaks the barrier for everyone.
b3 = threading.Barrier(2, timeout=0.01)
try:
    b3.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(str(e)), b3.broken)
try:
    b3.wait(1)
except threading.BrokenBarrierError:
    print("still broken")
b3.reset()
print("after reset:", b3.broken, b3.n_waiting)
print(issubclass(threading.BrokenBarrierError, RuntimeError))

# abort() wakes the waiters with BrokenBarrierError.
b4 = threading.Barrier(3)
errors = []


def aborted():
    try:
        b4.wait(10)
    except threading.BrokenBarrierError:
        with lock:
            errors.append("broken")


ts = [threading.Thread(target=aborted) for i in range(2)]
for t in ts:
    t.start()
for i in range(1000):
    if b4.n_waiting == 2:
        break
    threading.Event().wait(0.005)
print("waiting:", b4.n_waiting)
b4.abort()
for t in ts:
    t.join(10)
print(errors, b4.broken)

# reset() while threads wait: they get BrokenBarrierError, then it is usable.
b5 = threading.Barrier(2)
errors = []


def waits_once():
    try:
        b5.wait(10)
        with lock:
            errors.append("passed")
    except threading.BrokenBarrierError:
        with lock:
            errors.append("broken")


t = threading.Thread(target=waits_once)
t.start()
for i in range(1000):
    if b5.n_waiting == 1:
        break
    threading.Event().wait(0.005)
b5.reset()
t.join(10)
print(errors, b5.broken)
t = threading.Thread(target=waits_once)
t.start()
print("index:", b5.wait(10) in (0, 1))
t.join(10)
print(errors)

# An action that raises breaks the barrier; the thread that ran it gets the
# exception, the others BrokenBarrierError.
def bad_action():
    raise ValueError("action failed")


b6 = threading.Barrier(2, action=bad_action)
got = []


def party6():
    try:
        b6.wait(10)
        got.append("ok")
    except threading.BrokenBarrierError:
        got.append("BrokenBarrierError")
    except ValueError as e:
        got.append("ValueError: %s" % e)


ts = [threading.Thread(target=party6) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join(10)
print(sorted(got), b6.broken)
