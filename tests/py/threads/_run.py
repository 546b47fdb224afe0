# Helper for the thread tests: runs fn(i) on n threads started with
# _thread and waits (bounded) until all have finished.
import _thread

def run_threads(n, fn, timeout=30):
    lock = _thread.allocate_lock()
    done = _thread.allocate_lock()
    done.acquire()
    state = {"left": n, "errors": []}

    def body(i):
        try:
            fn(i)
        except BaseException as e:
            with lock:
                state["errors"].append(repr(e))
        finally:
            with lock:
                state["left"] -= 1
                if state["left"] == 0:
                    done.release()

    for i in range(n):
        _thread.start_new_thread(body, (i,))
    if not done.acquire(timeout=timeout):
        raise RuntimeError("threads did not finish in time")
    return state["errors"]
