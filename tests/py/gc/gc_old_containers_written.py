# Big lists and dicts that become old, then are written in every way while
# young objects are made (minor collections in between): a minor collection
# traces only the part of an old list's or dict's buffer written since its
# last trace, so every write path must widen that range.  Run under
# TAIPAN_GC_STRESS with TAIPAN_GC_VERIFY=1, which checks every reference of
# every old object after each minor collection.
import gc


class Box:
    def __init__(self, v):
        self.v = v


def churn(n):
    # Garbage, so that collections happen between the writes.
    return len([[i] for i in range(n)])


def total(xs):
    return sum(b.v for b in xs)


big = [Box(i) for i in range(3000)]
gc.collect()  # old from here on

for r in range(3):
    big.append(Box(10000 + r))
    churn(200)
    big[1500] = Box(20000 + r)
    churn(200)
    big[-1] = Box(30000 + r)
    big.insert(700, Box(40000 + r))
    churn(200)
    big.pop(100)
    big.pop()
    big.append(Box(50000 + r))
    churn(200)
    del big[10]
    big[20:22] = [Box(60000 + r), Box(60001 + r), Box(60002 + r)]
    churn(200)
    big.extend([Box(70000 + r), Box(70001 + r)])
    big[::500] = [Box(80000 + r) for _ in range(len(big[::500]))]
    churn(200)
    big.sort(key=lambda b: -b.v)
    churn(200)
    big.reverse()
    big.remove(big[5])
    big += [Box(90000 + r)]
    churn(200)
    big *= 1
    print(r, len(big), total(big))

# A list of None made old, then filled in order (as benchmarks do).
slots = [None] * 5000
gc.collect()
for i in range(5000):
    slots[i] = Box(i)
    if i % 500 == 0:
        churn(300)
print(len(slots), total(slots))

# Dicts: values replaced, keys added, deleted and re-added, a rebuild.
d = {i: Box(i) for i in range(2000)}
names = {"k%d" % i: Box(i) for i in range(2000)}
gc.collect()
for r in range(3):
    d[1000] = Box(100000 + r)
    churn(200)
    d[5000 + r] = Box(200000 + r)
    del d[3 + r]
    churn(200)
    d[3 + r] = Box(300000 + r)
    names["k50"] = Box(400000 + r)
    churn(200)
    names["new%d" % r] = Box(500000 + r)
    for k in list(names)[:300]:
        if int(k[1:] if k[0] == "k" else 0) % 3 == 0:
            del names[k]
    churn(200)
    d.update({i: Box(-i) for i in range(1990, 2010)})
    d.setdefault(7777, Box(7777))
    names.pop("k999", None)
    churn(200)
    print(r, len(d), sum(b.v for b in d.values()), len(names), sum(b.v for b in names.values()))


# Instance attributes (a dict per object, written by attribute stores).
class Holder:
    pass


hs = [Holder() for _ in range(500)]
for i, h in enumerate(hs):
    h.a = Box(i)
gc.collect()
for i, h in enumerate(hs):
    h.a = Box(i * 2)
    h.b = Box(i * 3)
    if i % 100 == 0:
        churn(300)
print(sum(h.a.v + h.b.v for h in hs))
