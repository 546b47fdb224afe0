"""The event loop (Taipan's asyncio).

One loop class with CPython's scheduling order: a FIFO queue of ready
callbacks and a heap of timers.  Each iteration (`_run_once`) moves the due
timers to the ready queue and then runs exactly the callbacks that were
ready when it started; callbacks they schedule wait for the next iteration.
There is no I/O: when nothing is ready the loop sleeps (`time.sleep`) until
the earliest timer, and with neither ready callbacks nor timers it raises
RuntimeError instead of waiting forever for I/O that cannot come.
"""

import heapq
import sys
import time
from collections import deque

__all__ = ('Handle', 'TimerHandle', 'AbstractEventLoop', 'BaseEventLoop',
           'get_event_loop', 'set_event_loop', 'new_event_loop',
           'get_running_loop', '_get_running_loop')


class Handle:
    """A callback scheduled with call_soon()."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '__weakref__')

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop

    def __repr__(self):
        state = ' cancelled' if self._cancelled else ''
        return f'<{type(self).__name__}{state} {self._callback!r}>'

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {self._callback!r}',
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A callback scheduled with call_later()/call_at(); ordered by time."""

    __slots__ = ('_when', '_scheduled')

    def __init__(self, when, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when
        self._scheduled = False

    def __lt__(self, other):
        return self._when < other._when

    def __le__(self, other):
        return self._when <= other._when

    def __gt__(self, other):
        return self._when > other._when

    def __ge__(self, other):
        return self._when >= other._when

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()


class AbstractEventLoop:
    """The base class of event loops."""


class BaseEventLoop(AbstractEventLoop):

    def __init__(self):
        self._ready = deque()
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._debug = False
        self._exception_handler = None
        self._clock_resolution = 1e-09
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # --- Futures and tasks ---

    def create_future(self):
        from .futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        from .tasks import Task
        self._check_closed()
        return Task(coro, loop=self, name=name)

    # --- Running ---

    def time(self):
        return time.monotonic()

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._running = True
        old = _get_running_loop()
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(old)

    def run_until_complete(self, future):
        from . import futures, tasks
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                # Mark the exception retrieved.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    async def shutdown_asyncgens(self):
        # Async generators are not tracked (no sys.set_asyncgen_hooks).
        self._asyncgens_shutdown_called = True

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True

    # --- Scheduling callbacks ---

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        if not callable(callback):
            raise TypeError('a callable object was expected by call_soon(), '
                            f'got {callback!r}')
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        timer = TimerHandle(when, callback, args, self)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        sched = self._scheduled
        # Drop cancelled timers at the head of the heap.
        while sched and sched[0]._cancelled:
            self._timer_cancelled_count -= 1
            handle = heapq.heappop(sched)
            handle._scheduled = False
        if self._timer_cancelled_count > 100 and \
                self._timer_cancelled_count * 2 > len(sched):
            live = []
            for handle in sched:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    live.append(handle)
            heapq.heapify(live)
            self._scheduled = sched = live
            self._timer_cancelled_count = 0

        if self._ready or self._stopping:
            timeout = 0
        elif sched:
            timeout = min(max(0, sched[0]._when - self.time()), 86400)
        else:
            raise RuntimeError(
                'event loop has nothing to run: no ready callbacks and no '
                'timers (Taipan\'s asyncio has no I/O to wait for)')
        if timeout > 0:
            time.sleep(timeout)

        end_time = self.time() + self._clock_resolution
        while sched:
            handle = sched[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(sched)
            handle._scheduled = False
            self._ready.append(handle)

        # Run the callbacks that are ready now; new ones wait for the next
        # iteration.
        ntodo = len(self._ready)
        for _ in range(ntodo):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            handle._run()

    # --- Errors ---

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        print('\n'.join(lines), file=sys.stderr)
        exc = context.get('exception')
        if exc is not None:
            import traceback
            traceback.print_exception(type(exc), exc, exc.__traceback__,
                                      file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # The loop is stopped by the exception itself.
            return
    fut.get_loop().stop()


# --- The current loop ---

_running_loop = None
_event_loop = None
_event_loop_set = False


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop():
    loop = _running_loop
    if loop is not None:
        return loop
    global _event_loop, _event_loop_set
    if _event_loop is None and not _event_loop_set:
        _event_loop = new_event_loop()
        _event_loop_set = True
    if _event_loop is None:
        raise RuntimeError('There is no current event loop in thread %r.'
                           % 'MainThread')
    return _event_loop


def set_event_loop(loop):
    global _event_loop, _event_loop_set
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or "
                        f"None, not '{type(loop).__name__}'")
    _event_loop = loop
    _event_loop_set = True


def new_event_loop():
    return BaseEventLoop()
