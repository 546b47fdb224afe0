# Measures: N threads concurrently reading shared dicts, lists, tuples, object attributes, methods and module globals (read-side contention).
import sys
import threading

# A module global every reader reads in its loop.
BONUS = 3


class Config:
    def __init__(self, scale, offset, names):
        self.scale = scale
        self.offset = offset
        self.names = names

    def adjust(self, value):
        return value * self.scale + self.offset


def build_shared(size):
    table = {i: (i * 7919) % 10007 for i in range(size)}
    names = {"k%d" % i: i for i in range(256)}
    values = [(i * 31) % 977 for i in range(size)]
    pairs = tuple((i, i * i % 101) for i in range(64))
    config = Config(3, 11, tuple(sorted(names)))
    return table, names, values, pairs, config


def reader(index, rounds, shared, results):
    table, names, values, pairs, config = shared
    size = len(values)
    total = 0
    pos = index
    for r in range(rounds):
        key = (pos * 17 + r) % size
        total += table[key]
        total += values[(key * 3) % size]
        name = config.names[key % len(config.names)]
        total += names[name]
        a, b = pairs[key % 64]
        total += config.adjust(a) - b
        if key in table:
            total += BONUS
        pos += 1
    results[index] = total


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 4000000
    n_threads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    shared = build_shared(5000)
    results = [0] * n_threads
    per_thread = rounds // n_threads
    threads = [threading.Thread(target=reader, args=(i, per_thread, shared, results))
               for i in range(n_threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("threads:", n_threads)
    print("reads per thread:", per_thread)
    print("per-thread sums:", " ".join(str(r) for r in results))
    print("total:", sum(results))


main()
