# Measures: cost of acquiring/releasing an uncontended threading.Lock (each thread owns its own lock).
import sys
import threading


def worker(index, iterations, results):
    lock = threading.Lock()
    rlock = threading.RLock()
    counter = 0
    for i in range(iterations):
        with lock:
            counter += 1
        lock.acquire()
        counter += i & 3
        lock.release()
        if i & 7 == 0:
            with rlock:
                with rlock:
                    counter += 2
    results[index] = counter


def main():
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 5000000
    n_threads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    per_thread = total // n_threads
    results = [0] * n_threads
    threads = [threading.Thread(target=worker, args=(i, per_thread, results)) for i in range(n_threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("threads:", n_threads)
    print("lock round trips per thread:", 2 * per_thread)
    print("counters:", " ".join(str(c) for c in results))
    print("total:", sum(results))


main()
