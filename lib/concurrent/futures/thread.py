"""ThreadPoolExecutor: runs calls on a pool of worker threads.

Submitted calls go into one `queue.SimpleQueue` shared by the workers; a
worker is started per submission while there are fewer than `max_workers`
and no idle worker (the idle semaphore counts workers waiting for work).
`None` in the queue tells a worker to check whether it should exit; each
exiting worker puts `None` back so that the next one wakes up too.

Differences from CPython: CPython wakes the workers of an executor that is
garbage-collected without shutdown() through a weakref callback; Taipan runs
weakref callbacks at arbitrary polls of the collecting thread (which could
hold the queue's lock), so instead an idle worker checks every
`_IDLE_CHECK` seconds whether its executor still exists.
"""

from concurrent.futures import _base
import os
import queue
import threading
import weakref

# Worker thread -> its work queue, for joining the workers at exit; a worker
# removes itself when it ends.  Guarded by _global_shutdown_lock.
_threads_queues = {}
_shutdown = False
_global_shutdown_lock = threading.Lock()
_IDLE_CHECK = 1.0


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
        items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


def _log_critical(msg):
    import logging
    logging.getLogger("concurrent.futures").critical(msg, exc_info=True)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)


def _worker(executor_reference, work_queue, initializer, initargs):
    try:
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException:
                _log_critical('Exception in initializer:')
                executor = executor_reference()
                if executor is not None:
                    executor._initializer_failed()
                return
        try:
            while True:
                try:
                    work_item = work_queue.get(True, _IDLE_CHECK)
                except queue.Empty:
                    if executor_reference() is None:
                        work_queue.put(None)
                        return
                    continue
                if work_item is not None:
                    work_item.run()
                    del work_item
                    executor = executor_reference()
                    if executor is not None:
                        executor._idle_semaphore.release()
                    del executor
                    continue
                executor = executor_reference()
                # Exit at interpreter shutdown, when the executor is gone or
                # shut down; wake the next worker on the way out.
                if _shutdown or executor is None or executor._shutdown:
                    if executor is not None:
                        executor._shutdown = True
                    work_queue.put(None)
                    return
                del executor
        except BaseException:
            _log_critical('Exception in worker')
    finally:
        with _global_shutdown_lock:
            _threads_queues.pop(threading.current_thread(), None)


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker thread's initializer failed."""


_counter_lock = threading.Lock()
_counter_value = 0


def _next_pool_number():
    global _counter_value
    with _counter_lock:
        n = _counter_value
        _counter_value += 1
    return n


class ThreadPoolExecutor(_base.Executor):
    """An executor that runs calls on at most `max_workers` threads."""

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % _next_pool_number()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs); returns its Future."""
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._work_queue.put(w)
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        # Called with both locks held.  An idle worker will take the item.
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self,
                                     num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(weakref.ref(self),
                                       self._work_queue,
                                       self._initializer,
                                       self._initargs))
            _threads_queues[t] = self._work_queue
            try:
                t.start()
            except BaseException:
                del _threads_queues[t]
                raise
            self._threads.add(t)

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """No more submissions; with `cancel_futures`, cancels the calls not
        started yet; with `wait`, waits for the workers to finish."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            self._work_queue.put(None)
            threads = list(self._threads)
        if wait:
            for t in threads:
                t.join()
