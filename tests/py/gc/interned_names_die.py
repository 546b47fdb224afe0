# Interned strings live only while something refers to them: names made at
# run time (setattr/getattr with computed names, sys.intern) are dropped from
# the interned table when they die, and interning the same text again makes
# a string that is again the only one with that text.  Lookups by name stay
# right while dead names' memory is reused by new ones.
import gc
import sys

# sys.intern: one object per text while it is referenced.
a = sys.intern("".join(["hel", "lo_", "1"]))
b = sys.intern("hello_" + str(1))
print(a is b, a == "hello_1")
gc.collect()
c = sys.intern("hello_" + "1")
print(c is a)

# Many names that die, looked up on a type (cached as absent), while the
# type has attributes under computed (not interned) keys.
ns = {}
for j in range(40):
    ns["attr" + str(j)] = j
A = type("A", (), ns)
inst = A()
wrong = 0
for i in range(4000):
    dead = sys.intern("dyn" + str(i))
    if hasattr(A, dead) or hasattr(inst, dead):
        wrong += 1
    del dead
    if i % 500 == 0:
        gc.collect()
    live = "attr" + str(i % 40)
    if getattr(inst, live) != i % 40 or getattr(A, sys.intern(live)) != i % 40:
        wrong += 1
print("wrong lookups:", wrong)


# Instance attributes under names made at run time, set and deleted.
class O:
    pass


o = O()
wrong = 0
for i in range(3000):
    n = "field_%d" % (i % 300)
    setattr(o, n, i)
    if getattr(o, n) != i:
        wrong += 1
    if i % 3:
        delattr(o, n)
    if i % 700 == 0:
        gc.collect()
print("wrong attributes:", wrong, len(vars(o)))
print(sorted(vars(o))[:3], getattr(o, "field_3"))

# Names held by code objects made and dropped at run time.
total = 0
for i in range(200):
    code = compile("v_%d = %d\nw_%d = v_%d * 2" % (i, i, i, i), "<gen>", "exec")
    g = {}
    exec(code, g)
    total += g["w_%d" % i]
    del code, g
    if i % 50 == 0:
        gc.collect()
print("exec total:", total)

# A name interned again after its first string died is equal, hashes the
# same, and finds the same dict entries.
d = {sys.intern("key_" + str(7)): "seven"}
gc.collect()
k = sys.intern("key_" + "7")
print(d[k], k in d, hash(k) == hash("key_7"))
