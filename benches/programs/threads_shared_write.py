# Measures: N threads mutating one shared list, dict and set with single atomic operations (write-side contention).
import sys
import threading


def writer(tid, count, shared_list, owned, tallies, common, seen):
    base = tid * count
    for i in range(count):
        value = base + i
        shared_list.append(value)
        key = tid * 1000 + i % 1000
        owned[key] = value
        tallies[key] = tallies.get(key, 0) + 1
        common[i % 500] = (i % 500) * 2
        seen.add(value % 777)


def main():
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 4000000
    n_threads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    count = total // n_threads
    shared_list = []
    owned = {}
    tallies = {}
    common = {}
    seen = set()
    threads = [threading.Thread(target=writer, args=(tid, count, shared_list, owned, tallies, common, seen))
               for tid in range(n_threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    expected = n_threads * count
    marks = bytearray(expected)
    for value in shared_list:
        marks[value] += 1
    ok = marks.count(1) == expected
    checksum = 0
    for key in sorted(owned):
        checksum = (checksum * 31 + key * 7 + owned[key] + tallies[key]) % 1000000007
    print("threads:", n_threads)
    print("list length:", len(shared_list), "expected:", expected, "complete:", ok)
    print("list sum:", sum(shared_list))
    print("owned dict: %d keys, checksum %d" % (len(owned), checksum))
    print("common dict: %d keys, sum %d" % (len(common), sum(common.values())))
    print("tallies sum:", sum(tallies.values()))
    print("set size:", len(seen))


main()
