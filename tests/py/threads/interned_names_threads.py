# Threads intern the same names made at run time while collections drop
# the ones nobody holds: at every moment one live string per text, the
# same object in every thread that interns it.
import gc
import sys
import threading

N = 4
ROUNDS = 300
held = {}
lock = threading.Lock()
errors = []
barrier = threading.Barrier(N)


def worker(t):
    barrier.wait()
    for r in range(ROUNDS):
        name = sys.intern("shared_%d" % (r % 50))
        mine = sys.intern("own_%d_%d" % (t, r))
        with lock:
            prev = held.setdefault(name, name)
        if prev is not name:
            errors.append(("not the same object", name))
        if sys.intern("shared_" + str(r % 50)) is not name:
            errors.append(("re-intern differs", name))
        if mine != "own_%d_%d" % (t, r):
            errors.append(("text", mine))
        if r % 60 == t:
            gc.collect()


threads = [threading.Thread(target=worker, args=(t,)) for t in range(N)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(len(held), errors[:3])
# The held names are still the interned ones.
print(all(sys.intern("".join(["shared_", str(i)])) is held["shared_%d" % i] for i in range(50)))
