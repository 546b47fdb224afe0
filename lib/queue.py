"""Synchronised queues for threads (Taipan's `queue`).

Provided: `Queue` (FIFO), `LifoQueue`, `PriorityQueue` (a heap), all with
`put`/`get` (blocking, with an optional timeout), `put_nowait`/`get_nowait`,
`qsize`/`empty`/`full`, `task_done`/`join`; `SimpleQueue` (unbounded FIFO,
no task tracking); the exceptions `Empty` and `Full`.

Every queue keeps its items under one mutex; the conditions `not_empty`,
`not_full` and `all_tasks_done` share it, as in CPython.  `SimpleQueue` is
written in Python here (CPython's is in C): a deque under a lock, plus a
semaphore that counts the items.  `Queue[int]` (`__class_getitem__`) is
missing: Taipan cannot construct `types.GenericAlias` yet.
"""

import threading
from collections import deque
from heapq import heappush, heappop
from time import monotonic as time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


class Queue:
    """A FIFO queue; `maxsize` <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Marks one item taken with get() as processed; join() returns
        when every item put has been marked."""
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        """Waits until every item put has been marked with task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """The number of items (a snapshot)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """True if the queue is empty (a snapshot)."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """True if the queue is full (a snapshot)."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Adds item, waiting (at most `timeout` seconds) for a free slot
        when `block` is true; raises Full otherwise."""
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    endtime = time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = endtime - time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Removes and returns an item, waiting (at most `timeout` seconds)
        for one when `block` is true; raises Empty otherwise."""
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                endtime = time() + timeout
                while not self._qsize():
                    remaining = endtime - time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    # The storage; subclasses override these four (called with the mutex held).

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """A queue that returns the smallest item first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """A queue that returns the newest item first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._queue = deque()
        self._mutex = threading.Lock()
        self._count = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        """Adds item (never blocks; the arguments are for compatibility)."""
        with self._mutex:
            self._queue.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        """Removes and returns the oldest item, waiting (at most `timeout`
        seconds) when `block` is true; raises Empty otherwise."""
        if not block:
            timeout = None
        elif timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._count.acquire(block, timeout):
            raise Empty
        with self._mutex:
            return self._queue.popleft()

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(False)

    def empty(self):
        """True if the queue is empty (a snapshot)."""
        with self._mutex:
            return len(self._queue) == 0

    def qsize(self):
        """The number of items (a snapshot)."""
        with self._mutex:
            return len(self._queue)
