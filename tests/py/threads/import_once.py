# Threads importing one module at once: it runs once, and every thread gets
# it fully initialised (per-module import locks).  Two threads importing
# each other's modules (a concurrent circular import) do not deadlock.
import os
import sys
import threading

sys.dont_write_bytecode = True
d = os.path.join("/tmp", "taipan_import_once_%d" % os.getpid())
os.makedirs(d, exist_ok=True)
files = {
    "slowmod_once": "import sys, time\n"
                    "sys.slowmod_runs = getattr(sys, 'slowmod_runs', 0) + 1\n"
                    "time.sleep(0.2)\n"
                    "VALUE = 42\n",
    "circ_a": "import time\ntime.sleep(0.1)\nimport circ_b\nX = 1\n",
    "circ_b": "import time\ntime.sleep(0.2)\nimport circ_a\nY = 2\n",
}
for name, text in files.items():
    with open(os.path.join(d, name + ".py"), "w") as f:
        f.write(text)
sys.path.insert(0, d)

res = []


def importer():
    import slowmod_once
    res.append(slowmod_once.VALUE)


ts = [threading.Thread(target=importer) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join(60)
print(res, sys.slowmod_runs)
from slowmod_once import VALUE
print(VALUE, sys.slowmod_runs)

done = []
ta = threading.Thread(target=lambda: (__import__("circ_a"), done.append("a")))
tb = threading.Thread(target=lambda: (__import__("circ_b"), done.append("b")))
ta.start()
tb.start()
ta.join(60)
tb.join(60)
import circ_a
import circ_b
print(sorted(done), circ_a.X, circ_b.Y, ta.is_alive(), tb.is_alive())

for name in files:
    os.remove(os.path.join(d, name + ".py"))
os.rmdir(d)
