# Exact results when threads share data: appends to one list and increments
# in one dict under a Lock, unlocked list.append, and per-thread partial sums
# combined at the end (the 10,000-task pool map is pool_map_10000.py).
import concurrent.futures as cf
import threading

shared = []
counts = {}
lock = threading.Lock()


def append_many(tag):
    for i in range(1500):
        with lock:
            shared.append((tag, i))
            counts[tag] = counts.get(tag, 0) + 1
            counts["total"] = counts.get("total", 0) + 1


ts = [threading.Thread(target=append_many, args=(k,)) for k in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join(10)
print(len(shared), counts["total"], sorted(v for k, v in counts.items() if k != "total"))
# Each thread's items appear in its own order.
per_tag = {}
for tag, i in shared:
    per_tag.setdefault(tag, []).append(i)
print(all(v == list(range(1500)) for v in per_tag.values()), len(per_tag))

# list.append from several threads without a lock is atomic in CPython; only
# the count is checked.
plain = []


def append_plain(k):
    for i in range(1000):
        plain.append(k)


ts = [threading.Thread(target=append_plain, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join(10)
print(len(plain), sorted(plain.count(k) for k in range(4)))

# Partial sums of ranges computed in parallel.
with cf.ThreadPoolExecutor(max_workers=6) as ex:
    parts = [ex.submit(sum, range(k * 100000, (k + 1) * 100000)) for k in range(6)]
    print(sum(f.result(timeout=10) for f in parts), sum(range(600000)))
