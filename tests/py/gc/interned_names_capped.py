# taipan-args: -X heap-max=40M
# 300,000 attribute names made at run time, each set, read and deleted, and
# 100,000 strings passed to sys.intern and dropped: the interned strings die
# with their last reference, so the program runs within a 40 MB heap (with
# the interned table as a root it needed more than 100 MB and raised
# MemoryError).
import sys


class O:
    pass


o = O()
wrong = 0
for i in range(300000):
    n = "attr_%d" % i
    setattr(o, n, i)
    if getattr(o, n) != i:
        wrong += 1
    delattr(o, n)
for i in range(100000):
    sys.intern("x%d" % i)
print(len(vars(o)), wrong, "ok")
