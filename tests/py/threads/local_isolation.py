# threading.local: each thread has its own attributes; subclasses keep their
# methods, properties and slots; __init__ runs again in each new thread with
# the constructor's arguments.
import threading

data = threading.local()
data.x = "main"
seen = {}
lock = threading.Lock()


def worker(i):
    before = hasattr(data, "x")
    data.x = i
    data.y = i * 10
    threading.Event().wait(0.001)
    with lock:
        seen[i] = (before, data.x, data.y, sorted(data.__dict__))


ts = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join(10)
print(sorted(seen.items()))
print(data.x, hasattr(data, "y"), data.__dict__)

del data.x
print(hasattr(data, "x"))
try:
    del data.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    data.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
try:
    threading.local(1, 2)
except TypeError as e:
    print("TypeError:", e)
setattr(data, "z", 5)
print(getattr(data, "z"), type(data).__name__, isinstance(data, threading.local))


class Counter(threading.local):
    kind = "counter"
    inits = 0

    def __init__(self, start, step=1):
        self.value = start
        self.step = step
        with lock:
            Counter.inits += 1

    def bump(self):
        self.value += self.step
        return self.value

    @property
    def double(self):
        return self.value * 2

    @double.setter
    def double(self, v):
        self.value = v // 2


c = Counter(100, step=5)
c.bump()
out = {}


def use_counter(i):
    r = []
    r.append(c.value)           # fresh: __init__ ran again with (100, step=5)
    for k in range(i):
        c.bump()
    r.append(c.value)
    r.append(c.double)
    c.double = 2 * i
    r.append(c.value)
    r.append(c.kind)
    with lock:
        out[i] = r


ts = [threading.Thread(target=use_counter, args=(i,)) for i in range(1, 5)]
for t in ts:
    t.start()
for t in ts:
    t.join(10)
print(sorted(out.items()))
print(c.value, c.double, Counter.inits)


class Slotted(threading.local):
    __slots__ = ("shared",)


s = Slotted()
s.shared = "everyone"
s.own = "main only"
res = []
t = threading.Thread(target=lambda: res.append((s.shared, hasattr(s, "own"))))
t.start()
t.join(10)
print(res, s.own)

# Many threads hammer one local: each sees only its own running total.
acc = threading.local()
totals = []


def accumulate(n):
    acc.total = 0
    for k in range(1, 301):
        acc.total += n
    with lock:
        totals.append(acc.total)


ts = [threading.Thread(target=accumulate, args=(i,)) for i in range(1, 9)]
for t in ts:
    t.start()
for t in ts:
    t.join(10)
print(sorted(totals))
