# Several threads call the same functions while they become hot and get
# compiled (one thread compiles; the others interpret meanwhile, then all run
# the compiled code); results must match a single-threaded run.
import threading


def make(depth):
    if depth == 0:
        return (None, None)
    return (make(depth - 1), make(depth - 1))


def count(node):
    left, right = node
    if left is None:
        return 1
    return 1 + count(left) + count(right)


def work(k, out):
    total = 0
    for i in range(300):
        total += count(make(i % 6 + k % 3))
    out[k] = total


out = [0] * 4
threads = [threading.Thread(target=work, args=(k, out)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(out)
single = [0] * 4
for k in range(4):
    work(k, single)
print(single == out)
