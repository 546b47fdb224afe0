"""Running calls asynchronously (Taipan's `concurrent.futures`).

Provided: `Future`, `Executor`, `ThreadPoolExecutor` (`.thread`), `wait`
(`FIRST_COMPLETED`, `FIRST_EXCEPTION`, `ALL_COMPLETED`), `as_completed`,
`CancelledError`, `TimeoutError` (the builtin one, as in 3.11),
`InvalidStateError`, `BrokenExecutor`.

Missing: `ProcessPoolExecutor` (Taipan has no multiprocessing); asking for
it raises AttributeError.
"""

from concurrent.futures._base import (FIRST_COMPLETED,
                                      FIRST_EXCEPTION,
                                      ALL_COMPLETED,
                                      CancelledError,
                                      TimeoutError,
                                      InvalidStateError,
                                      BrokenExecutor,
                                      Future,
                                      Executor,
                                      wait,
                                      as_completed)

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ThreadPoolExecutor',
)


def __dir__():
    return __all__ + ('__doc__',)


def __getattr__(name):
    # ThreadPoolExecutor is imported on first use, as in CPython.
    global ThreadPoolExecutor
    if name == 'ThreadPoolExecutor':
        from .thread import ThreadPoolExecutor as te
        ThreadPoolExecutor = te
        return te
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
