# start_new_thread runs functions in parallel threads with args and kwargs;
# each thread has its own ident, frames and exception state.
import _thread
from _run import run_threads

results = {}
guard = _thread.allocate_lock()

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def work(i, scale=1):
    try:
        raise ValueError(i)
    except ValueError as e:
        v = e.args[0]
    r = fib(15 + i) * scale
    with guard:
        results[i] = (v, r, _thread.get_ident())

done = _thread.allocate_lock()
done.acquire()
count = [0]
def body(i):
    work(i, scale=2)
    with guard:
        count[0] += 1
        if count[0] == 4:
            done.release()

for i in range(4):
    _thread.start_new_thread(body, (i,))
print(done.acquire(timeout=30))
print(sorted((k, v[0], v[1]) for k, v in results.items()))
idents = {v[2] for v in results.values()}
print(len(idents), _thread.get_ident() not in idents)

errors = run_threads(3, lambda i: 1 / (i - 1))
print(errors)

# kwargs, and a recursion limit per thread.
import sys
out = []
def deep(n, acc=None):
    try:
        return deep(n + 1, acc)
    except RecursionError:
        acc.append("recursion")
        return n
_thread_done = _thread.allocate_lock(); _thread_done.acquire()
def body2():
    deep(0, acc=out)
    _thread_done.release()
_thread.start_new_thread(body2, (), {})
print(_thread_done.acquire(timeout=30), out)
