# Measures: minor collections in a big heap: about 1.7 MB of live objects per unit of size (instances with dicts, tuples, floats, strs), then a churn of short-lived objects with a store of a young object into an old one every 64 rounds.
import sys
import random


class Node:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    rounds = 4000 * size
    random.seed(1)
    # size * 1000 groups: a list of 8 nodes, each with a tuple and a float,
    # and a str.
    groups = size * 1000
    old = []
    for i in range(groups):
        g = [Node((i, j), float(i * j)) for j in range(8)]
        g.append("s%d" % i)
        old.append(g)
    total = 0
    for r in range(rounds):
        t = (r, r + 1, [r])
        n = Node(t, r * 0.5)
        if r % 64 == 0:
            # A young object into an old one (the remembered set).
            g = old[random.randrange(groups)]
            g[random.randrange(8)].b = n
        total += len(t)
    s = 0
    for g in old[::997]:
        for n in g[:8]:
            s += n.a[0]
        s += len(g[8])
    print(total, s)


main()
