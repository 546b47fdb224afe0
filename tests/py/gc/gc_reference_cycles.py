# self-referencing and mutually referencing lists created in a loop
import gc
total = 0
for i in range(800_000):
    a = [i]
    b = [a, i]
    a.append(b)
    total += len(a) + len(b) + a[1][1]
    if i % 50_000 == 0:
        gc.collect()
print(total)
selfref = None
for i in range(400_000):
    s = [i]
    s.append(s)
    selfref = s
print(selfref[0], selfref[1] is selfref, gc.isenabled())
