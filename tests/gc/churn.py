# Allocates far more than any heap cap in short-lived lists, dicts, instances
# and reference cycles; used by tests/gc_memory.rs with -X gc-stats.
class Node:
    def __init__(self, v):
        self.v = v
        self.other = None

total = 0
for i in range(400_000):
    a = [i, i + 1, i + 2, [i] * 8]
    d = {"k": a, "n": i}
    x = Node(i)
    y = Node(i + 1)
    x.other = y
    y.other = x          # a reference cycle
    a.append(a)          # a self-referencing list
    total += len(a) + d["n"] - x.other.v
print(total)
