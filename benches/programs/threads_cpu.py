# Measures: pure-Python CPU-bound work split evenly over N threads (scaling, GIL/lock overhead).
import sys
import threading


def collatz_length(n):
    steps = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n >>= 1
        steps += 1
    return steps


CHUNK = 500


def work(size, next_chunk, lock, results, index):
    # Chains get longer with n (and differ between odd and even n), so a
    # fixed split gives one thread more work than another (contiguous
    # halves: 53% for the upper one).  Threads take chunks of CHUNK numbers
    # from a shared counter until none are left.
    total = 0
    longest = 0
    longest_at = 0
    while True:
        with lock:
            start = next_chunk[0]
            next_chunk[0] = start + CHUNK
        if start > size:
            break
        for n in range(start, min(start + CHUNK, size + 1)):
            length = collatz_length(n)
            total += length
            if length > longest:
                longest = length
                longest_at = n
    results[index] = (total, longest, longest_at)


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
    n_threads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    next_chunk = [1]
    lock = threading.Lock()
    results = [None] * n_threads
    threads = []
    for i in range(n_threads):
        t = threading.Thread(target=work, args=(size, next_chunk, lock, results, i))
        threads.append(t)
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    total = sum(r[0] for r in results)
    best = max((r[1], -r[2]) for r in results)
    print("numbers: 1..%d" % size)
    print("total collatz steps:", total)
    print("longest chain: %d steps starting at %d" % (best[0], -best[1]))


main()
