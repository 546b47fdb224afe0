# Measures: generator creation/resumption, yield from and generator expressions chained into a pipeline.
import sys
from collections import deque
from itertools import islice


def numbers(n):
    x = 1
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        yield x


def scaled(source):
    for value in source:
        yield value % 1000


def only_odd(source):
    for value in source:
        if value & 1:
            yield value


def window_sums(source, size):
    window = deque()
    total = 0
    for value in source:
        window.append(value)
        total += value
        if len(window) > size:
            total -= window.popleft()
        if len(window) == size:
            yield total


def chunks(source, size):
    it = iter(source)
    while True:
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield chunk


def flatten(groups):
    for group in groups:
        yield from group


def pairwise_diff(source):
    it = iter(source)
    prev = next(it, None)
    for value in it:
        yield value - prev
        prev = value


def tree(depth, label=1):
    if depth == 0:
        yield label
        return
    yield from tree(depth - 1, label * 2)
    yield label
    yield from tree(depth - 1, label * 2 + 1)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000000
    pipeline = window_sums(only_odd(scaled(numbers(n))), 8)
    squares = (v * v for v in pipeline)
    chunked = chunks(squares, 64)
    maxima = (max(chunk) for chunk in chunked)
    total = 0
    count = 0
    for m in maxima:
        total += m
        count += 1
    print("chunks:", count)
    print("sum of chunk maxima:", total)

    diffs = pairwise_diff(flatten(chunks(scaled(numbers(n // 2)), 7)))
    pos = sum(1 for d in diffs if d > 0)
    print("rising steps:", pos)

    depth = 1
    while (1 << (depth + 1)) < n // 4:
        depth += 1
    walk = 0
    for i, label in enumerate(tree(depth)):
        walk = (walk * 7 + label * (i + 1)) % 1000000007
    print("tree depth %d walk checksum: %d" % (depth, walk))


main()
