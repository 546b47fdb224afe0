# threading's module-level functions: active_count/enumerate while threads
# run, dummy threads for threads started with _thread, trace/profile hooks
# (stored), stack_size, TIMEOUT_MAX, and the deprecated aliases.
import _thread
import threading
import warnings

go = threading.Event()
ts = [threading.Thread(target=go.wait, args=(10,), name="w%d" % i) for i in range(3)]
for t in ts:
    t.start()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(threading.activeCount(), threading.currentThread() is threading.main_thread())
go.set()
for t in ts:
    t.join(10)
print(threading.active_count(), [t.name for t in threading.enumerate()])

# A thread started with _thread directly sees a _DummyThread.
info = {}
finished = threading.Event()


def raw():
    me = threading.current_thread()
    info["name"] = me.name.startswith("Dummy-")
    info["daemon"] = me.daemon
    info["alive"] = me.is_alive()
    info["same"] = threading.current_thread() is me
    info["ident"] = me.ident == threading.get_ident() == _thread.get_ident()
    info["listed"] = me in threading.enumerate()
    info["type"] = type(me).__name__
    finished.set()


_thread.start_new_thread(raw, ())
print(finished.wait(10), sorted(info.items()))

# Trace and profile functions are kept (Taipan does not call them).
def tracer(frame, event, arg):
    return tracer


print(threading.gettrace(), threading.getprofile())
threading.settrace(tracer)
threading.setprofile(tracer)
print(threading.gettrace() is tracer, threading.getprofile() is tracer)
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())

print(threading.stack_size(), isinstance(threading.TIMEOUT_MAX, float), threading.TIMEOUT_MAX > 1e6)
print(isinstance(threading.get_ident(), int), isinstance(threading.get_native_id(), int))
print(threading.ThreadError is _thread.error)
print(sorted(n for n in threading.__all__ if not n.startswith("_"))[:8])
ev = threading.Event()
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(ev.isSet())
    c = threading.Condition()
    with c:
        c.notifyAll()
