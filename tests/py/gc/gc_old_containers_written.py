# Big lists and dicts that become old, then are written in every way with
# young objects, each write between two bursts of garbage (collections
# before and after it): a minor collection traces an old list only past
# its clean prefix (the items not written since its last trace), so every
# write path must lower that prefix.  Run under TAIPAN_GC_STRESS with
# TAIPAN_GC_VERIFY=1, which checks every reference of every old object
# after each minor collection.
import gc


class Box:
    def __init__(self, v):
        self.v = v


def churn():
    # About ten blocks of small lists: at TAIPAN_GC_STRESS=7 (every 7th
    # block taken) at least one collection.
    return len([[i] for i in range(10000)])


def step(f):
    # Each write makes 20 young objects: the last ones made may still be
    # seen by the conservative stack scan, the others only through the
    # container.
    churn()
    f()
    churn()


def boxes(base):
    return [Box(base + k) for k in range(20)]


def total(xs):
    return sum(b.v for b in xs)


def clear_then_append(xs, base):
    # Clearing writes no item; the appends after it write below the
    # length the list had at its last trace.
    xs.clear()
    for b in boxes(base):
        xs.append(b)


def pop_then_append(base):
    for _ in range(20):
        big.pop()
    for b in boxes(base):
        big.append(b)


def pop_then_insert(base):
    for b in boxes(base):
        big.pop()
        big.insert(len(big) - 5, b)


def set_items(base):
    for k, b in enumerate(boxes(base)):
        big[100 + 37 * k] = b


def set_negative(base):
    for k, b in enumerate(boxes(base)):
        big[-1 - k] = b


big = [Box(i) for i in range(3000)]
gc.collect()  # old from here on

for r in range(2):
    step(lambda: big.extend(boxes(10000)))
    step(lambda: set_items(20000))
    step(lambda: set_negative(30000))
    step(lambda: pop_then_append(40000))
    step(lambda: pop_then_insert(50000))
    step(lambda: [big.insert(700, b) for b in boxes(60000)])
    step(lambda: [big.pop(100) for _ in range(20)])
    step(lambda: big.__delitem__(slice(10, 30)))
    step(lambda: big.__setitem__(slice(20, 22), boxes(70000)))
    step(lambda: big.__setitem__(slice(None, None, 150), [Box(80000) for _ in big[::150]]))
    step(lambda: big.sort(key=lambda b: -b.v))
    step(lambda: big.reverse())
    step(lambda: big.remove(big[5]))
    step(lambda: big.__iadd__(boxes(90000)))
    print(r, len(big), total(big))

other = [Box(i) for i in range(100)]
gc.collect()
for r in range(3):
    step(lambda: clear_then_append(other, 1000 * r))
    print(len(other), total(other))

# Plain statements (the interpreter's own store path for `l[i] = v`).
for i in range(3):
    churn()
    big[i] = Box(100 * i)
    churn()
    big.pop()
    big.append(Box(7 * i))
    churn()
print(len(big), total(big))

# A list of None made old, then filled in order (as benchmarks do).
slots = [None] * 5000
gc.collect()
for i in range(5000):
    slots[i] = Box(i)
    if i % 1000 == 0:
        churn()
print(len(slots), total(slots))

# Dicts (traced whole): values replaced, keys added, deleted, re-added.
d = {i: Box(i) for i in range(2000)}
gc.collect()
for r in range(2):
    step(lambda: d.__setitem__(1000, Box(100000 + r)))
    step(lambda: d.__setitem__(5000 + r, Box(200000 + r)))
    step(lambda: d.pop(3 + r, None))
    step(lambda: d.__setitem__(3 + r, Box(300000 + r)))
    step(lambda: d.update({i: Box(-i) for i in range(1990, 2010)}))
    print(r, len(d), sum(b.v for b in d.values()))
