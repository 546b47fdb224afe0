"""Taipan's asyncio: a small event loop in Python for coroutines.

What is here (CPython 3.11 semantics and scheduling order: a FIFO ready
queue, a timer heap; a new task runs its first step on the next loop
iteration):

- asyncio.run, Runner; get_event_loop, get_running_loop, new_event_loop,
  set_event_loop; loop.run_until_complete, run_forever, stop, close,
  call_soon, call_later, call_at, time, create_future, create_task,
  set_exception_handler / call_exception_handler
- Future, Task (create_task, ensure_future, cancel / CancelledError,
  cancelling / uncancel, done, result, exception, add/remove_done_callback,
  get_name), current_task, all_tasks
- sleep (sleep(0) yields once), gather (return_exceptions), shield,
  wait_for and timeout() (asyncio.TimeoutError is the builtin
  TimeoutError), wait (FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED),
  as_completed
- Event, Lock, Condition, Semaphore, BoundedSemaphore
- Queue, PriorityQueue, LifoQueue (QueueEmpty, QueueFull, join/task_done)

Missing: everything that does I/O (sockets, streams, subprocesses,
signals, selectors, transports and protocols), executors
(run_in_executor, to_thread), threads (run_coroutine_threadsafe,
call_soon_threadsafe), contextvars (the context= arguments are accepted and
ignored), TaskGroup, debug mode, and the async-generator shutdown hooks.
The loop never waits for I/O: when nothing is ready and no timer is
pending it raises RuntimeError instead of blocking forever.  Reprs of
futures and tasks are shorter than CPython's, and the "Task exception was
never retrieved" log message is not printed.
"""

from .exceptions import *
from .events import *
from .futures import *
from .tasks import *
from .locks import *
from .queues import *
from .runners import *

from . import exceptions, events, futures, tasks, locks, queues, runners

__all__ = (exceptions.__all__ + events.__all__ + futures.__all__ +
           tasks.__all__ + locks.__all__ + queues.__all__ + runners.__all__)
