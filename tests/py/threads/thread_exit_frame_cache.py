# A thread that ends leaves its frame cache behind as garbage.  Frames in
# the cache are linked without the write barrier, so an old frame there may
# point at a young one; once the thread is gone, a minor collection must
# not free the young frame while the dead old one still points at it.
import _thread
import time


def f(n):
    if n == 0:
        return 0
    junk = [[i] for i in range(300)]
    return f(n - 1) + len(junk)


def body(lock, out):
    out.append(f(1))
    lock.release()


out = []
total = 0
for k in range(40):
    lock = _thread.allocate_lock()
    lock.acquire()
    _thread.start_new_thread(body, (lock, out))
    lock.acquire(timeout=30)
    # Let the thread finish, then allocate: collections after its exit.
    time.sleep(0.005)
    total += sum(len([i]) for i in range(2000))
print(total, out == [300] * 40)
