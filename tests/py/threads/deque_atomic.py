# One deque shared by 4 producers (append / appendleft, 20,000 items each)
# and 4 consumers (popleft / pop until each has its share): every deque
# operation is atomic, so no item is lost or taken twice.
import time
from collections import deque
from _run import run_threads

P = 4
M = 20000
shared = deque()
taken = [[] for _ in range(P)]


def producer(i):
    for k in range(M):
        if k % 2:
            shared.append(i * M + k)
        else:
            shared.appendleft(i * M + k)


def consumer(i):
    mine = taken[i]
    deadline = time.monotonic() + 30
    while len(mine) < M:
        try:
            mine.append(shared.popleft() if len(mine) % 3 else shared.pop())
        except IndexError:
            if time.monotonic() > deadline:
                raise RuntimeError("consumer starved")


def role(i):
    if i < P:
        producer(i)
    else:
        consumer(i - P)


print(run_threads(2 * P, role, timeout=50))
allv = [x for t in taken for x in t]
print(len(shared), [len(t) for t in taken])
print(len(allv), sorted(allv) == list(range(P * M)))

# maxlen: appends from several threads keep the bound and the newest items.
bounded = deque(maxlen=100)


def fill(i):
    for k in range(5000):
        bounded.append((i, k))
        bounded.appendleft((i, -k))


print(run_threads(4, fill), len(bounded), bounded.maxlen)

# extend / rotate / clear racing with appends keep the deque consistent.
d = deque(range(10))


def churn(i):
    for k in range(2000):
        if i == 0:
            d.rotate(3)
        elif i == 1:
            d.extend((k, k))
            d.pop()
            d.pop()
        else:
            d.append(k)
            d.popleft()


print(run_threads(3, churn), len(d))
