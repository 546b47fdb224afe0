# concurrent.futures.Future on its own (no executor): states, results,
# exceptions, callbacks, cancel, timeouts and the errors.
import concurrent.futures as cf
import threading

f = cf.Future()
print(f.done(), f.running(), f.cancelled())
try:
    f.result(timeout=0.01)
except cf.TimeoutError as e:
    print("TimeoutError", type(e) is TimeoutError, repr(str(e)))
try:
    f.exception(timeout=0)
except TimeoutError:
    print("TimeoutError from exception()")
calls = []
f.add_done_callback(lambda fut: calls.append(("first", fut.result())))
f.add_done_callback(lambda fut: calls.append(("second", fut.done())))
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
f.set_result(42)
print(f.done(), f.running(), f.result(), f.exception(), calls)
f.add_done_callback(lambda fut: calls.append(("late", fut.result())))
print(calls[-1])
try:
    f.set_result(1)
except cf.InvalidStateError:
    print("InvalidStateError on second set_result")
try:
    f.set_exception(ValueError())
except cf.InvalidStateError:
    print("InvalidStateError on set_exception")

g = cf.Future()
g.set_exception(KeyError("k"))
print(g.done(), repr(g.exception()))
try:
    g.result()
except KeyError as e:
    print("KeyError raised:", e)

h = cf.Future()
print(h.cancel(), h.cancelled(), h.done(), h.cancel())
try:
    h.result()
except cf.CancelledError as e:
    print("CancelledError", type(e).__mro__[1].__name__)
try:
    h.exception()
except cf.CancelledError:
    print("CancelledError from exception()")
print(h.set_running_or_notify_cancel())
try:
    h.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cf.Future().set_result(1) or cf.Future().set_running_or_notify_cancel()
    k = cf.Future()
    k.set_result(1)
    k.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)

# A callback that raises is logged, the others still run.
import logging
logging.basicConfig(level=logging.CRITICAL + 1)
m = cf.Future()
order = []
m.add_done_callback(lambda fut: 1 / 0)
m.add_done_callback(lambda fut: order.append("after failing callback"))
m.set_result(None)
print(order)

# result() waits for a result set by another thread.
w = cf.Future()
t = threading.Thread(target=lambda: (threading.Event().wait(0.01), w.set_result("late")))
t.start()
print(w.result(timeout=10))
t.join(10)

print(issubclass(cf.CancelledError, cf._base.Error), cf.TimeoutError is TimeoutError)
print(issubclass(cf.InvalidStateError, cf._base.Error), issubclass(cf.BrokenExecutor, RuntimeError))
print(sorted(cf.__all__) == sorted(set(cf.__all__)), "ThreadPoolExecutor" in cf.__all__)
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
