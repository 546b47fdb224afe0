# Measures: recursive generators with yield from, set membership and itertools.permutations filtering (N-queens puzzle).
import sys
from itertools import permutations


def place(n, row, cols, diag1, diag2, queens):
    if row == n:
        yield tuple(queens)
        return
    for col in range(n):
        if col in cols or (row + col) in diag1 or (row - col) in diag2:
            continue
        cols.add(col)
        diag1.add(row + col)
        diag2.add(row - col)
        queens.append(col)
        yield from place(n, row + 1, cols, diag1, diag2, queens)
        queens.pop()
        cols.remove(col)
        diag1.remove(row + col)
        diag2.remove(row - col)


def n_queens(n):
    return place(n, 0, set(), set(), set(), [])


def n_queens_permutations(n):
    cols = range(n)
    return [
        vec for vec in permutations(cols)
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols))
    ]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    count = 0
    checksum = 0
    first = None
    for solution in n_queens(n):
        if first is None:
            first = solution
        count += 1
        for i, col in enumerate(solution):
            checksum = (checksum * 31 + (i + 1) * (col + 1)) % 1000000007
    print("board size:", n)
    print("solutions:", count)
    print("first:", first)
    print("checksum:", checksum)
    counts = [sum(1 for _ in n_queens(size)) for size in range(1, n)]
    print("solutions for sizes 1..%d:" % (n - 1), " ".join(str(c) for c in counts))
    small = max(n - 3, 1)
    by_permutations = n_queens_permutations(small)
    print("board size:", small)
    print("solutions (permutations):", len(by_permutations))
    if by_permutations:
        print("last:", by_permutations[-1])


main()
