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


def work(start, stop, results, index):
    total = 0
    longest = 0
    longest_at = start
    for n in range(start, stop):
        length = collatz_length(n)
        total += length
        if length > longest:
            longest = length
            longest_at = n
    results[index] = (total, longest, longest_at)


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
    n_threads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    bounds = [1 + size * i // n_threads for i in range(n_threads + 1)]
    results = [None] * n_threads
    threads = []
    for i in range(n_threads):
        t = threading.Thread(target=work, args=(bounds[i], bounds[i + 1], results, i))
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
