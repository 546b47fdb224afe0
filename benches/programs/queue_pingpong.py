# Measures: thread hand-off latency and throughput through queue.Queue (ping-pong pairs, then one producer fanning out to consumers).
import sys
import threading
import queue

STOP = None


def pinger(messages, outbox, inbox, results, index):
    total = 0
    for i in range(messages):
        outbox.put(i)
        total += inbox.get()
    outbox.put(STOP)
    results[index] = total


def ponger(inbox, outbox):
    while True:
        item = inbox.get()
        if item is STOP:
            return
        outbox.put(item * 2 + 1)


def producer(items, work_queue, n_consumers):
    for i in range(items):
        work_queue.put((i, i % 97))
    for _ in range(n_consumers):
        work_queue.put(STOP)


def consumer(work_queue, sums, index):
    total = 0
    count = 0
    while True:
        item = work_queue.get()
        if item is STOP:
            break
        i, weight = item
        total += i * weight
        count += 1
    sums[index] = (total, count)


def ping_pong_phase(messages, n_threads):
    pairs = max(1, n_threads // 2)
    per_pair = messages // pairs
    results = [0] * pairs
    threads = []
    for p in range(pairs):
        there = queue.Queue()
        back = queue.Queue()
        threads.append(threading.Thread(target=pinger, args=(per_pair, there, back, results, p)))
        threads.append(threading.Thread(target=ponger, args=(there, back)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return pairs, per_pair, results


def fan_out_phase(items, n_threads):
    n_consumers = max(1, n_threads - 1)
    work_queue = queue.Queue(maxsize=256)
    sums = [None] * n_consumers
    threads = [threading.Thread(target=consumer, args=(work_queue, sums, i)) for i in range(n_consumers)]
    threads.append(threading.Thread(target=producer, args=(items, work_queue, n_consumers)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(s[0] for s in sums), sum(s[1] for s in sums)


def main():
    messages = int(sys.argv[1]) if len(sys.argv) > 1 else 70000
    n_threads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    pairs, per_pair, results = ping_pong_phase(messages, n_threads)
    print("ping-pong: %d pairs x %d round trips" % (pairs, per_pair))
    print("ping-pong sums:", " ".join(str(r) for r in results))
    total, count = fan_out_phase(messages * 2, n_threads)
    print("fan-out: %d items consumed, weighted sum %d" % (count, total))


main()
