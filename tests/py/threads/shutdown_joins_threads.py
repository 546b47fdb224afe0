# When the main program ends, the interpreter runs threading._shutdown():
# callbacks registered with threading._register_atexit run (newest first),
# then every non-daemon thread is waited for, then atexit callbacks run.
import atexit
import threading

release = threading.Event()


def worker():
    if release.wait(10):
        print("worker finished after the main program")


def at_threading_exit(tag):
    print("threading atexit", tag)
    if tag == "first":
        release.set()


atexit.register(print, "atexit callback")
threading._register_atexit(at_threading_exit, "first")
threading._register_atexit(at_threading_exit, "second")
t = threading.Thread(target=worker)
t.start()
d = threading.Thread(target=threading.Event().wait, args=(0.01,), daemon=True)
d.start()
print("main program done", t.is_alive())
