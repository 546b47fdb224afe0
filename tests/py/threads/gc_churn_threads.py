# Threads allocate and drop object graphs (cycles included) while
# collections happen; shared structures survive intact.
import gc
import _thread
from _run import run_threads

class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt

shared = {"keep": [Node(i) for i in range(50)]}
lock = _thread.allocate_lock()
totals = []

def work(i):
    total = 0
    for r in range(200):
        head = None
        for k in range(50):
            head = Node(k, head)
        a = Node(1); b = Node(2, a); a.nxt = b  # a cycle
        n = head
        while n is not None:
            total += n.v
            n = n.nxt
        if r % 50 == 0 and i == 0:
            gc.collect()
    with lock:
        totals.append(total)

print(run_threads(4, work))
print(sorted(totals))
print(sum(n.v for n in shared["keep"]))
