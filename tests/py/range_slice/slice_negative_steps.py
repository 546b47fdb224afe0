# negative steps and out-of-range bounds on sequences
seqs = [list(range(8)), tuple(range(8)), "abcdefgh", b"ABCDEFGH", range(8)]
bounds = [(None, None, -1), (None, None, -2), (6, 1, -1), (6, 1, -2), (1, 6, -1), (-1, -9, -1), (-1, -100, -3), (100, -100, -1),
          (3, None, -1), (None, 3, -1), (-3, -1, None), (-1, -3, None), (0, 0, -1), (9, 8, -1), (8, 0, -5)]
for start, stop, step in bounds:
    print((start, stop, step), " ".join(repr(q[start:stop:step]) for q in seqs))
