# One thread iterates a dict, a set and a list while others mutate them:
# iteration raises RuntimeError ("changed size during iteration", or for a
# dict whose size came back to where it was, "dictionary keys changed during
# iteration", as in CPython) or finishes; nothing crashes and the final
# contents are exact.
import _thread
from _run import run_threads

d = {i: i for i in range(100)}
s = set(range(100))
lst = list(range(100))
seen = {"dict": 0, "set": 0}
guard = _thread.allocate_lock()

def work(i):
    if i == 0:
        for _ in range(200):
            for name, obj in (("dict", d), ("set", s)):
                try:
                    for x in obj:
                        pass
                except RuntimeError as e:
                    msg = str(e)
                    assert ("changed size during iteration" in msg
                            or msg == "dictionary keys changed during iteration"), msg
                    with guard:
                        seen[name] += 1
            total = 0
            for x in lst:
                total += 1
    else:
        for k in range(2000):
            key = 100000 * i + k
            d[key] = k
            s.add(key)
            lst.append(key)
            del d[key]
            s.discard(key)
            lst.pop()

print(run_threads(4, work))
print(len(d), len(s), len(lst), sorted(d) == list(range(100)), sorted(s) == list(range(100)))
print(lst == list(range(100)))
