# Many threads appending to, popping from, extending and inserting into one
# list: no update is lost (each list operation is atomic).
from _run import run_threads

shared = []
N = 8
M = 5000

def work(i):
    for k in range(M):
        shared.append((i, k))
    for k in range(M // 2):
        shared.pop()
    shared.extend([i] * 10)
    shared.insert(0, -i)

errors = run_threads(N, work)
print(errors)
print(len(shared))

# Appends only: every item arrives exactly once.
only = []
def app(i):
    for k in range(M):
        only.append(i * M + k)
print(run_threads(N, app))
print(len(only), sorted(only) == list(range(N * M)))
