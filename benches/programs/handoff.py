# Measures: objects created by one thread and handed to others through a bounded queue.Queue; each consumer writes to every object it receives (in Taipan, a biased-lock revocation per object).
import sys
import threading
import queue

STOP = None
BATCH = 100


class Item:
    def __init__(self, i):
        self.i = i
        self.tags = [i % 7]


def consume(item):
    # Writes to the object and to the list its producer created.
    item.tags.append(item.i % 5)
    item.seen = True
    return item.i * (item.tags[0] + item.tags[1] + 1)


def producer(items, q, n_consumers):
    for i in range(items):
        q.put(Item(i))
    for _ in range(n_consumers):
        q.put(STOP)


def consumer(q, sums, index):
    total = 0
    count = 0
    while True:
        item = q.get()
        if item is STOP:
            break
        total += consume(item)
        count += 1
    sums[index] = (total, count)


def one_thread(items, q):
    # The same work in one thread: put a batch, then take it back.
    total = 0
    count = 0
    for start in range(0, items, BATCH):
        end = min(start + BATCH, items)
        for i in range(start, end):
            q.put(Item(i))
        for _ in range(start, end):
            total += consume(q.get())
            count += 1
    return total, count


def main():
    items = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    n_threads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    q = queue.Queue(maxsize=1000)
    if n_threads <= 1:
        total, count = one_thread(items, q)
    else:
        n_consumers = n_threads - 1
        sums = [None] * n_consumers
        threads = [threading.Thread(target=consumer, args=(q, sums, c)) for c in range(n_consumers)]
        threads.append(threading.Thread(target=producer, args=(items, q, n_consumers)))
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        total = sum(s[0] for s in sums)
        count = sum(s[1] for s in sums)
    print("items handed off:", count)
    print("checksum:", total)


main()
