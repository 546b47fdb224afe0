# Threads updating one dict and one set with atomic operations only
# (setitem, setdefault, pop, add, discard): exact final contents.
from _run import run_threads

d = {}
s = set()
N = 4
M = 4000

def work(i):
    for k in range(M):
        d[(i, k)] = k
        d.setdefault(k, i)
        s.add(k * N + i)
    for k in range(0, M, 2):
        d.pop((i, k))
        s.discard(k * N + i)

errors = run_threads(N, work)
print(errors)
print(len(d), len(s))
print(sum(v for k, v in d.items() if isinstance(k, tuple)))
print(set(v for k, v in d.items() if not isinstance(k, tuple)) <= set(range(N)))
print(sorted(s)[:5], sum(s))
