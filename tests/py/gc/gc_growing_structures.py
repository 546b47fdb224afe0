# building and discarding larger trees repeatedly
import gc
def build(depth):
    if depth == 0:
        return None
    return [build(depth - 1), build(depth - 1), depth]
def count(t):
    if t is None:
        return 0
    return 1 + count(t[0]) + count(t[1])
total = 0
for i in range(30):
    t = build(14)
    total += count(t)
    t = None
print(total)
gc.collect()
cyclic_total = 0
for i in range(30):
    nodes = [{"i": k} for k in range(2000)]
    for k, n in enumerate(nodes):
        n["next"] = nodes[(k + 1) % len(nodes)]
    cyclic_total += nodes[0]["next"]["next"]["i"] + len(nodes)
    nodes = None
print(cyclic_total, gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
