# Iteration order after removals, re-adds, pops, clears and growth
# (dummy slots are reused; pop resumes where the last pop stopped).
s = set()
for i in range(30):
    s.add(i * 16)
for i in range(15):
    s.discard(i * 32)
s.add(7)
s.add(32)
print(s)
s = set(range(20))
print(s.pop(), s.pop(), s.pop(), s)
s.add(0)
s.add(100)
print(s.pop(), s.pop(), s)
s.clear()
s.add(9)
s.add(1)
print(s, s.pop(), s)
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n - n // 2
s = set()
log = []
for step in range(3000):
    k = rnd(400)
    if k % 3:
        s.add(k * 11)
    else:
        s.discard(rnd(400) * 11)
    if step % 500 == 499:
        log.append(list(s)[:10])
print(len(s), log)
pops = []
while len(s) > 20:
    pops.append(s.pop())
print(pops[:30], s)
f = frozenset(range(100, 0, -9))
print(f, hash(f) == hash(frozenset(sorted(f))), frozenset([1, 2, 3]) == {3, 2, 1})
big = set()
for i in range(60000):
    big.add(i * 3)
for i in range(0, 60000, 2):
    big.discard(i * 3)
print(len(big), list(big)[:8], list(big)[-8:])
g = set(range(70000))
print(list(g)[:5], list(g)[-5:])
it = iter({1, 2, 3})
s2 = {1, 2, 3}
it = iter(s2)
print(next(it))
s2.add(4)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
s2.discard(4)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
