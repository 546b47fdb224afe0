# _thread.lock and _thread.RLock: states, errors, timeouts.
import _thread

l = _thread.allocate_lock()
print(type(l).__name__, l.locked())
print(l.acquire(), l.locked())
print(l.acquire(False), l.acquire(blocking=False))
print(l.acquire(timeout=0.01))
l.release()
print(l.locked())
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError", e)
for args, kw in [((False, 1.0), {}), ((True, -2), {}), ((), {"timeout": -5})]:
    try:
        l.acquire(*args, **kw)
    except ValueError as e:
        print("ValueError", e)
for t in (1e300, 9223372037.0):
    try:
        l.acquire(timeout=t)
    except OverflowError as e:
        print("OverflowError", e)
with l:
    print("in with", l.locked())
print("after with", l.locked())
print(l.acquire_lock(), l.locked_lock(), l.release_lock(), l.locked())
print(repr(l).startswith("<unlocked _thread.lock object at 0x"))
print(isinstance(l, _thread.LockType))

r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
r.release()
print(r._recursion_count())
r.release()
print(r._is_owned(), r._recursion_count())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
with r:
    with r:
        print("nested", r._recursion_count())
r.acquire(); r.acquire()
state = r._release_save()
print(state[0], r._is_owned())
r._acquire_restore(state)
print(r._recursion_count())
r.release(); r.release()
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))

print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX > 1e9)
print(isinstance(_thread.get_ident(), int), isinstance(_thread.get_native_id(), int))
old = _thread.stack_size()
print(old)
try:
    _thread.stack_size(100)
except ValueError as e:
    print("ValueError", e)
for bad in [(1, ()), (print, [1]), (print, (), 5)]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError", e)
