# Two threads each make lists, dicts and strings (objects whose native
# buffers their destructors free) while minor collections run, each thread
# sweeping its own blocks in them; what each thread keeps survives intact,
# and a list shared by both, appended to under a lock, too.
import threading

N = 1500
lock = threading.Lock()
shared = []


def work(tid, out):
    kept = []
    for i in range(N):
        lst = [i, tid, str(i)]
        d = {"i": i, "s": "x" * (i % 7), "l": lst}
        if i % 37 == 0:
            kept.append(d)
        if i % 101 == 0:
            with lock:
                shared.append((tid, i, [i] * 3))
        garbage = [str(j) + "y" for j in range(4)]
        pad = [i] * 1000  # a native buffer for a destructor to free
        del garbage, pad
    ok = all(
        d["i"] == d["l"][0]
        and d["l"][1] == tid
        and d["l"][2] == str(d["i"])
        and d["s"] == "x" * (d["i"] % 7)
        for d in kept
    )
    out[tid] = (len(kept), ok, sum(d["i"] for d in kept))


out = {}
threads = [threading.Thread(target=work, args=(t, out)) for t in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for t in sorted(out):
    print(t, out[t])
print(len(shared), all(x[2] == [x[1]] * 3 for x in shared), sorted(x[:2] for x in shared)[:3])
