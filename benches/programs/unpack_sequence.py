# Measures: tuple/list packing and unpacking (plain, nested, starred, swaps and for-loop targets).
import sys


def unpack_tuples(loops):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    total = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        total += a + j
    return total


def unpack_lists(loops):
    lst = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    total = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        total += b + i
    return total


def swaps(loops):
    a, b, c = 1, 2, 3
    for _ in range(loops):
        a, b = b, a
        b, c = c, b
        a, b, c = c, a, b
        a, b, c = b, c, a
        c, a = a, c
    return a * 100 + b * 10 + c


def starred(loops):
    data = (1, 2, 3, 4, 5, 6, 7, 8)
    total = 0
    for _ in range(loops):
        first, *middle, last = data
        head, *tail = data
        *init, end = data
        total += first + last + len(middle) + head + len(tail) + len(init) + end
    return total


def nested(loops):
    record = ((1, 2), (3, (4, 5)), [6, 7])
    total = 0
    for _ in range(loops):
        (a, b), (c, (d, e)), [f, g] = record
        total += a + b + c + d + e + f + g
    return total


def loop_targets(loops):
    pairs = [(i, i * 2) for i in range(100)]
    triples = [(i, (i + 1, i + 2)) for i in range(100)]
    total = 0
    for _ in range(loops // 100):
        for x, y in pairs:
            total += y - x
        for x, (y, z) in triples:
            total += z - y + x
        for i, (x, y) in enumerate(pairs):
            total += i - x
    return total


def pack_unpack(loops):
    total = 0
    for i in range(loops):
        t = i, i + 1, i + 2
        x, y, z = t
        lst = [z, y, x]
        p, q, r = lst
        total += p - r
    return total


def main():
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 1600000
    results = [
        ("tuples", unpack_tuples(loops)),
        ("lists", unpack_lists(loops)),
        ("swaps", swaps(loops)),
        ("starred", starred(loops)),
        ("nested", nested(loops)),
        ("loop targets", loop_targets(loops)),
        ("pack/unpack", pack_unpack(loops)),
    ]
    for name, value in results:
        print("%-12s %d" % (name, value))


main()
