# Threads run their target with args/kwargs; join() waits for them;
# is_alive/ident/native_id follow the thread's life; error cases of start/join.
import threading

results = [None] * 8


def square(i, offset=0):
    results[i] = i * i + offset


threads = [threading.Thread(target=square, args=(i,), kwargs={"offset": 1})
           for i in range(8)]
print([t.is_alive() for t in threads].count(False))
print(all(t.ident is None for t in threads), all(t.native_id is None for t in threads))
for t in threads:
    t.start()
for t in threads:
    t.join(timeout=10)
print(results)
print([t.is_alive() for t in threads])
print(all(isinstance(t.ident, int) for t in threads))
print(all(isinstance(t.native_id, int) for t in threads))
print(len({t.ident for t in threads}) >= 1)

# run() overridden in a subclass, with its own state.


class Summer(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.total = None

    def run(self):
        self.total = sum(range(self.n))


ss = [Summer(n) for n in (10, 100, 1000)]
for s in ss:
    s.start()
for s in ss:
    s.join(10)
print([s.total for s in ss])

# The thread sees itself as current_thread(); ident matches get_ident().
seen = {}


def who():
    me = threading.current_thread()
    seen["same"] = me is t
    seen["ident"] = me.ident == threading.get_ident()
    seen["native"] = me.native_id == threading.get_native_id()
    seen["alive"] = me.is_alive()
    seen["main"] = threading.main_thread() is not me


t = threading.Thread(target=who)
t.start()
t.join(10)
print(sorted(seen.items()))

# Errors.
t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t.join(10)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(group=1)
except AssertionError as e:
    print("AssertionError:", e)

# join with a timeout on a thread that is still waiting returns; it is alive.
ev = threading.Event()
t = threading.Thread(target=ev.wait, args=(10,))
t.start()
t.join(0.01)
print("alive while waiting:", t.is_alive())
ev.set()
t.join(10)
print("alive after:", t.is_alive())

# A target that returns a value: it is dropped; the thread object still works.
t = threading.Thread(target=lambda: 42)
t.start()
t.join(10)
print(t.is_alive(), hasattr(t, "_target"))

# The main thread.
m = threading.main_thread()
print(m.name, m is threading.current_thread(), m.is_alive(), m.daemon)
print(threading.get_ident() == m.ident)
print(threading.active_count(), len(threading.enumerate()))
print(threading.enumerate() == [m])
