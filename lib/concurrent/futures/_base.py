"""Futures, executors and the functions that wait for futures.

A `Future` holds its state under a `threading.Condition`; every change of
state happens with that condition held, then waiters are told.  `wait()` and
`as_completed()` install a waiter object on each future (under all their
conditions at once, taken in a fixed order so two callers cannot deadlock)
that collects the futures as they finish and sets an Event.
"""

import collections
import threading
import time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# Future states.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'                  # cancel() succeeded
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'   # waiters were told
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)


def _log_callback_error(future):
    import logging
    logging.getLogger("concurrent.futures").exception(
        'exception calling callback for %r', future)


class Error(Exception):
    """Base class for the exceptions of this module."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError     # the builtin, as in Python 3.11


class InvalidStateError(Error):
    """The operation is not allowed in the Future's current state."""


class BrokenExecutor(RuntimeError):
    """An executor can no longer be used (a worker failed to start or an
    initializer raised)."""


# --- Waiters (for wait() and as_completed()) ---

class _Waiter:
    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    def add_exception(self, future):
        self.finished_futures.append(future)

    def add_cancelled(self, future):
        self.finished_futures.append(future)


class _AsCompletedWaiter(_Waiter):
    # Futures may finish while as_completed() takes the list: a lock guards it.

    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()

    def add_result(self, future):
        with self.lock:
            super().add_result(future)
            self.event.set()

    def add_exception(self, future):
        with self.lock:
            super().add_exception(future)
            self.event.set()

    def add_cancelled(self, future):
        with self.lock:
            super().add_cancelled(future)
            self.event.set()


class _FirstCompletedWaiter(_Waiter):
    # The lists are only read after the event is set, and wait() copies
    # them under the futures' conditions; each add runs under one future's
    # condition, so two adds can run at once: a lock guards the list.

    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()

    def _add(self, future):
        with self.lock:
            self.finished_futures.append(future)
        self.event.set()

    add_result = add_exception = add_cancelled = _add


class _AllCompletedWaiter(_Waiter):
    def __init__(self, num_pending_calls, stop_on_exception):
        super().__init__()
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = threading.Lock()

    def _finished(self, future, is_exception):
        with self.lock:
            self.finished_futures.append(future)
            self.num_pending_calls -= 1
            if (not self.num_pending_calls
                    or (is_exception and self.stop_on_exception)):
                self.event.set()

    def add_result(self, future):
        self._finished(future, False)

    def add_exception(self, future):
        self._finished(future, True)

    def add_cancelled(self, future):
        self._finished(future, False)


class _AcquireFutures:
    """Holds the conditions of several futures, taken in id() order."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _create_and_install_waiters(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending_count = sum(
            f._state not in (CANCELLED_AND_NOTIFIED, FINISHED) for f in fs)
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            try:
                f._waiters.remove(waiter)
            except ValueError:
                pass


# --- as_completed() and wait() ---

def as_completed(fs, timeout=None):
    """Yields the futures of `fs` as they finish (each once).  Raises
    TimeoutError when they have not all finished `timeout` seconds after
    iteration began."""
    if timeout is not None:
        end_time = timeout + time.monotonic()
    fs = set(fs)
    total_futures = len(fs)
    with _AcquireFutures(fs):
        finished = [f for f in fs if f._state in (CANCELLED_AND_NOTIFIED, FINISHED)]
        pending = fs - set(finished)
        waiter = _create_and_install_waiters(fs, _AS_COMPLETED)
    try:
        yield from finished
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished'
                                       % (len(pending), total_futures))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            for f in finished:
                if f in pending:
                    pending.remove(f)
                    yield f
    finally:
        _remove_waiter(fs, waiter)


DoneAndNotDoneFutures = collections.namedtuple(
    'DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures of `fs` (at most `timeout` seconds) until
    `return_when` holds; returns DoneAndNotDoneFutures(done, not_done), two
    sets."""
    fs = set(fs)
    with _AcquireFutures(fs):
        done = {f for f in fs if f._state in (CANCELLED_AND_NOTIFIED, FINISHED)}
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        elif return_when == FIRST_EXCEPTION and done:
            if any(f for f in done
                   if not f.cancelled() and f.exception() is not None):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _create_and_install_waiters(fs, return_when)
    waiter.event.wait(timeout)
    _remove_waiter(fs, waiter)
    with waiter.lock:
        done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


# --- Future ---

class Future:
    """The result of a call that runs asynchronously."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _log_callback_error(self)

    def __repr__(self):
        with self._condition:
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self),
                        _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self),
                    _STATE_TO_DESCRIPTION_MAP[self._state],
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (
                self.__class__.__name__, id(self),
                _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        """Cancels the future unless it is running or finished; returns
        whether it is cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """True if the future was cancelled."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        """True if the call is running now."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """True if the future was cancelled or has finished."""
        with self._condition:
            return self._state in _DONE_STATES

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def add_done_callback(self, fn):
        """Calls fn(future) when the future is done (at once if it is)."""
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _log_callback_error(self)

    def result(self, timeout=None):
        """The call's return value, waiting at most `timeout` seconds;
        raises the call's exception, CancelledError or TimeoutError."""
        try:
            with self._condition:
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                elif self._state == FINISHED:
                    return self.__get_result()
                self._condition.wait(timeout)
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                elif self._state == FINISHED:
                    return self.__get_result()
                raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        """The call's exception (None if it returned), waiting at most
        `timeout` seconds; raises CancelledError or TimeoutError."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    # For executors and tests.

    def set_running_or_notify_cancel(self):
        """Moves a pending future to running (returns True) or tells the
        waiters of a cancelled one (returns False)."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            elif self._state == PENDING:
                self._state = RUNNING
                return True
            import logging
            logging.getLogger("concurrent.futures").critical(
                'Future %s in unexpected state: %s', id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """Finishes the future with `result`."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """Finishes the future with `exception`."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


# --- Executor ---

class Executor:
    """Base class of executors: submit() is what subclasses provide."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs); returns its Future."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), with the calls run by the executor; the
        results come in order.  TimeoutError if a result is not ready
        `timeout` seconds after map() was called."""
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        fs.reverse()
        return _map_results(fs, timeout, end_time if timeout is not None else None)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Frees the executor's resources; no new submissions afterwards."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _map_results(fs, timeout, end_time):
    # `fs` is reversed, so that pop() gives the next result and drops it.
    try:
        while fs:
            if timeout is None:
                yield _result_or_cancel(fs.pop())
            else:
                yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
    finally:
        for future in fs:
            future.cancel()
