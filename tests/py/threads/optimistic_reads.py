# Threads read a list, dicts and a set (no lock) while another thread grows,
# shrinks and rebuilds them: every value read must be one that was stored
# under that index or key, a key never removed is always found, one never
# added is never found, and the final contents must be exact.
import threading

L = [i * 3 for i in range(100)]
D = {i: i * 3 for i in range(100)}
S = {"k%d" % i: i * 3 for i in range(50)}
T = set(range(100)) | {"s%d" % i for i in range(50)}
done = threading.Event()
bad = []


def writer():
    for r in range(3000):
        for i in range(len(L), len(L) + 20):
            L.append(i * 3)
        del L[len(L) - 15:]
        base = 100 + r * 7
        for k in range(base, base + 10):
            D[k] = k * 3
        for k in range(base, base + 7):
            del D[k]
        if r % 500 == 0:
            D.clear()
            D.update({i: i * 3 for i in range(100)})
        key = "k%d" % (r % 50)
        S[key] = (r % 50) * 3
        # Growth, dummies and rebuilds of the set's table.
        for k in range(base, base + 10):
            T.add(k * 1000)
            T.add("t%d" % k)
        for k in range(base, base + 10):
            T.discard(k * 1000)
            T.discard("t%d" % k)
    done.set()


def reader(seed):
    n = 0
    i = seed
    while not done.is_set() or n < 2000:
        i = (i * 31 + 7) % 1000
        try:
            v = L[i]
            if v != i * 3:
                bad.append(("list", i, v))
        except IndexError:
            pass
        v = D.get(i)
        if v is not None and v != i * 3:
            bad.append(("dict", i, v))
        if i in D and D.get(i, i * 3) != i * 3:
            bad.append(("in", i))
        k = "k%d" % (i % 50)
        if S[k] != (i % 50) * 3:
            bad.append(("str", k))
        if (i % 100) not in T or ("s%d" % (i % 50)) not in T:
            bad.append(("set", i))
        if -i - 1 in T or "t-%d" % i in T:
            bad.append(("set absent", i))
        n += 1


threads = [threading.Thread(target=writer)]
threads += [threading.Thread(target=reader, args=(s,)) for s in (1, 2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join(60)
print("alive:", [t.is_alive() for t in threads])
print("bad:", bad[:5], len(bad))
print("list:", len(L), L[:3], L[-1] == (len(L) - 1) * 3)
print("dict:", len(D), all(v == k * 3 for k, v in D.items()))
print("strs:", len(S), all(S["k%d" % i] == i * 3 for i in range(50)))
print("set:", len(T), T == set(range(100)) | {"s%d" % i for i in range(50)})
