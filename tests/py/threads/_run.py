# Helper for the thread tests: runs fn(i) on n threads started with
# _thread and waits (bounded) until all have finished.  The bound is
# generous: under TAIPAN_GC_STRESS=1 on a loaded 2-core machine a script
# can take minutes (gc_churn_threads.py took over 30 s); the test harnesses
# kill a run that hangs earlier anyway.
import _thread

def run_threads(n, fn, timeout=120):
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
