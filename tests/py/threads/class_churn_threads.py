# Four threads making and dropping subclasses of one base: the base's
# __subclasses__() stays consistent and every class is freed.
import gc, threading, weakref
class Base: pass
refs = []
lock = threading.Lock()
def work(n):
    for i in range(n):
        C = type("C%d" % i, (Base,), {"v": i})
        D = type("D", (C,), {})
        assert D().v == i and C in Base.__subclasses__()
        with lock:
            refs.append(weakref.ref(C))
        if i % 100 == 0:
            gc.collect()
ts = [threading.Thread(target=work, args=(300,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
gc.collect(); gc.collect()
print(sum(r() is None for r in refs), len(refs), Base.__subclasses__())
