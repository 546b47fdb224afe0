# Finished frames wait in a per-thread cache, linked to each other without
# the write barrier (the cache is scanned in full).  When a frame of another
# function takes the cache entry, the old list becomes garbage; an old frame
# in it must not keep a link to a young frame that a minor collection frees.
# Many functions (so that they share entries), one of which recurses once
# (its outer frame gets old while it runs, the inner one stays young), then
# cheap calls that evict the entry before the next collection.
import gc

gs = []
hs = []
for k in range(300):
    ns = {}
    exec(
        "import gc\n"
        "def g(n):\n"
        "    if n == 0:\n"
        "        return 0\n"
        "    junk = [[i] for i in range(20)]\n"
        "    gc.collect()\n"
        "    return g(n - 1) + len(junk)\n"
        "def h():\n"
        "    return 1\n",
        ns,
    )
    gs.append(ns["g"])
    hs.append(ns["h"])
total = 0
for rep in range(2):
    for g in gs:
        total += g(1)
        for h in hs:
            total += h()
print(total)
