# Read-modify-write of dict counters and an instance attribute, protected
# by a lock: the totals are exact.
import _thread
from _run import run_threads

lock = _thread.allocate_lock()
counts = {}
class Box:
    def __init__(self):
        self.n = 0
box = Box()
N = 6
M = 3000

def work(i):
    for k in range(M):
        with lock:
            counts[k % 10] = counts.get(k % 10, 0) + 1
            box.n += 1

print(run_threads(N, work))
print(sorted(counts.items()))
print(box.n, sum(counts.values()))
