"""Functions to run when the interpreter exits (Taipan's `atexit`).

The interpreter calls `_run_exitfuncs()` once the main program has finished
(normally, by an uncaught exception after its traceback is printed, or by
`sys.exit`), before the output streams are flushed; `os._exit()` skips it.
Callbacks run last-registered first; an exception in one is reported as
"Exception ignored in atexit callback" and the rest still run.
"""

_callbacks = []


def register(func, *args, **kwargs):
    """Registers func(*args, **kwargs) to run at exit; returns func."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Removes every registration of func."""
    _callbacks[:] = [c for c in _callbacks if c[0] != func]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    """Runs and removes the callbacks, newest first."""
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            import sys
            try:
                import traceback
                sys.stderr.write("Exception ignored in atexit callback: %r\n" % (func,))
                # Leave out this function's own frame, as CPython's C loop has none.
                tb = exc.__traceback__
                tb = tb.tb_next if tb is not None else None
                traceback.print_exception(type(exc), exc, tb, file=sys.stderr)
            except BaseException:
                pass
