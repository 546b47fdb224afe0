# Measures: concurrent.futures.ThreadPoolExecutor overhead: map() over many small tasks plus submit()/result() futures.
import sys
from concurrent.futures import ThreadPoolExecutor


def digit_sum_squares(n):
    total = 0
    while n:
        n, d = divmod(n, 10)
        total += d * d
    return total


def task(seed):
    x = seed
    acc = 0
    for _ in range(20):
        x = (x * 1103515245 + 12345) % 2147483648
        acc += digit_sum_squares(x)
    return acc


def block(start, stop):
    return sum(task(i) for i in range(start, stop))


def main():
    items = int(sys.argv[1]) if len(sys.argv) > 1 else 30000
    n_threads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    with ThreadPoolExecutor(max_workers=n_threads) as pool:
        mapped = list(pool.map(task, range(items)))
        checksum = 0
        for value in mapped:
            checksum = (checksum * 31 + value) % 1000000007
        step = 100
        futures = [pool.submit(block, start, min(start + step, items)) for start in range(0, items, step)]
        block_total = sum(f.result() for f in futures)
    print("workers:", n_threads)
    print("tasks mapped:", len(mapped))
    print("map checksum:", checksum)
    print("map total:", sum(mapped))
    print("submitted blocks:", len(futures), "total:", block_total)
    print("consistent:", block_total == sum(mapped))


main()
