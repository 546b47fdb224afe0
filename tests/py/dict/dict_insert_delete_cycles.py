# A key inserted and deleted over and over leaves deleted entries behind
# until the table is rebuilt; every lookup must still find the keys that
# are there, by every path: str keys (d[k], in, get, attribute access
# through an instance dict), int keys, tuple keys.

def cycle(make, rounds):
    d = {}
    missing = []
    for i in range(rounds):
        k = make(i)
        d[k] = i
        if k not in d or d.get(k) != i or d[k] != i:
            missing.append(i)
        del d[k]
    return len(d), missing


print(cycle(lambda i: "attr_%d" % i, 3000))
print(cycle(lambda i: i * 7919, 3000))
print(cycle(lambda i: (i, "t"), 3000))
print(cycle(lambda i: "k" + str(i % 97), 3000))

# Several keys alive at once while others come and go.
d = {"keep%d" % j: j for j in range(3)}
bad = 0
for i in range(5000):
    k = "x%d" % i
    d[k] = i
    for j in range(3):
        if d.get("keep%d" % j) != j:
            bad += 1
    if k not in d:
        bad += 1
    del d[k]
print(sorted(d.items()), bad)


class O:
    pass


o = O()
bad = []
for i in range(3000):
    n = "attr_%d" % i
    setattr(o, n, i)
    if getattr(o, n, None) != i or not hasattr(o, n):
        bad.append(i)
    delattr(o, n)
print(vars(o), bad[:5], len(bad))
