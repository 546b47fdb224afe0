# Objects that survive one minor collection stay young once (aging) and are
# promoted at the next; an object that becomes old promotes what it refers
# to.  Each step below makes enough short-lived garbage for minor
# collections to fall between the stores (about 6 MB per churn), so
# young, aged and old objects refer to each other in every direction.
import gc
import weakref


def churn(n=200_000):
    t = None
    for i in range(n):
        t = (i, t) if i % 1000 else (i, None)
    return t[0]


class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt


def chain_sum(n):
    s = 0
    while n is not None:
        s += n.v
        n = n.nxt
    return s


# 1. An old container (a major collection promotes everything) gets objects
# that already survived a minor collection (aged), and new ones after.
old_list = []
old_dict = {}
old_obj = Node(-1)
gc.collect()
young = [Node(i) for i in range(1000)]
churn()                      # `young` ages
old_list.extend(young)       # aged objects stored into an old list
old_dict.update((i, n) for i, n in enumerate(young))
old_obj.nxt = young[500]
churn()                      # promoted now (second survival)
for n in young:
    n.nxt = Node(n.v * 2)    # old objects get new children
del young
churn()
print(sum(n.v + n.nxt.v for n in old_list), sum(n.nxt.v for n in old_dict.values()))
print(old_obj.nxt.v, old_obj.nxt.nxt.v)

# 2. An aged object gets a new child without any card (it is young), then
# the child gets children across more minor collections.
holder = [Node(0)]
churn()                      # holder and its node age
head = holder[0]
for step in range(5):
    head.nxt = Node(step + 1)  # a store into an aged (then old) object
    head = head.nxt
    churn()
print(chain_sum(holder[0]))

# 3. A long chain built across several minor collections: its first part
# is old, the middle aged, the end new when each collection falls.
first = cur = Node(0)
for i in range(1, 300_000):
    cur.nxt = Node(i)
    cur = cur.nxt
print(chain_sum(first))
del first, cur


# 4. A suspended generator keeps young objects across minor collections.
def gen():
    acc = [Node(i) for i in range(100)]
    yield len(acc)
    churn()
    acc.append(Node(1000))
    yield chain_sum(Node(0, acc[0])) + sum(n.v for n in acc)
    yield sum(n.v for n in acc)


g = gen()
print(next(g))
churn()                      # the suspended frame and `acc` age
print(next(g))
churn()
print(next(g))

# 5. Weak references and finalizers of objects that die aged.
freed = []


class Fin:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        freed.append(self.tag)


def cb(r):
    freed.append("callback")


f = Fin("aged")
w = weakref.ref(Node(7), None)
obj = Node(8)
r = weakref.ref(obj, cb)
churn()                      # f and obj age
del f, obj
churn()
gc.collect()
print(sorted(freed), w() is None, r() is None)

# 6. A dict of lists that outlives several minor collections, written to
# after each: old, aged and new values mixed in old containers.
table = {}
for round_ in range(6):
    for k in range(50):
        table.setdefault(k, []).append((round_, k, [round_] * 3))
    churn(100_000)
print(sum(len(v) for v in table.values()),
      sum(t[0] + t[1] + sum(t[2]) for v in table.values() for t in v))
