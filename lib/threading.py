"""Thread objects and synchronisation primitives (Taipan's `threading`).

Built on the native `_thread` module.  Taipan has no global interpreter lock:
threads run Python code truly in parallel.  So every piece of module-level
or per-object state here that more than one thread can touch is read and
written under a `_thread` lock; the only operations assumed atomic are the
ones CPython documents as atomic for builtins (a single `d[k] = v`, `x = d[k]`,
`l.append(x)`, an attribute store or load).

Provided: `Thread` (names "Thread-N (target)", daemon inherited from the
creating thread, `join`/`is_alive` through the thread's "tstate lock" from
`_thread._set_sentinel`), `current_thread` (a `_DummyThread` for threads not
started here), `main_thread`, `get_ident`, `get_native_id`, `active_count`,
`enumerate`, `Lock`, `RLock`, `Condition`, `Semaphore`, `BoundedSemaphore`,
`Event`, `Barrier`/`BrokenBarrierError`, `Timer`, `local` (from
`_threading_local`), `excepthook`/`ExceptHookArgs`/`__excepthook__`,
`settrace`/`setprofile`/`gettrace`/`getprofile`, `TIMEOUT_MAX`,
`ThreadError`, `stack_size`, `_shutdown` (called by the interpreter at exit
when this module was imported: it joins every non-daemon thread) and
`_register_atexit`.

Differences from CPython 3.11:
- Trace and profile functions are stored and returned by
  `gettrace`/`getprofile`, but Taipan never calls them (it has no
  `sys.settrace`/`sys.setprofile` machinery).
- `ExceptHookArgs` is a tuple subclass written here (CPython's is a
  structseq from `_thread`); the fields and their order are the same.
- There is no `fork()`, so none of the after-fork reinitialisation exists.
- Unhandled exceptions in `excepthook` itself fall back to printing the
  traceback with `traceback.print_exception` when `sys.excepthook` has
  been deleted (CPython uses the `sys.excepthook` of the thread's start).
"""

import sys as _sys
import _thread

from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'gettrace', 'getprofile', 'get_native_id']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
try:
    get_native_id = _thread.get_native_id
    _HAVE_THREAD_NATIVE_ID = True
except AttributeError:
    _HAVE_THREAD_NATIVE_ID = False
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
_set_sentinel = getattr(_thread, '_set_sentinel', None)
try:
    _daemon_threads_allowed = _thread.daemon_threads_allowed
except AttributeError:
    def _daemon_threads_allowed():
        return True


# --- Trace and profile hooks ---
#
# Stored so that gettrace()/getprofile() return them, as in CPython.  Taipan
# does not call trace or profile functions (there is no sys.settrace), so
# setting them has no other effect.

_trace_hook = None
_profile_hook = None


def setprofile(func):
    """Sets a profile function for threads started from now on (stored only:
    Taipan does not call profile functions)."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """Returns the profile function set by setprofile(), or None."""
    return _profile_hook


def settrace(func):
    """Sets a trace function for threads started from now on (stored only:
    Taipan does not call trace functions)."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """Returns the trace function set by settrace(), or None."""
    return _trace_hook


# --- Locks ---

Lock = _allocate_lock


def RLock(*args, **kwargs):
    """Returns a new reentrant lock (the native `_thread.RLock`)."""
    return _thread.RLock(*args, **kwargs)


# --- Condition variables ---

class Condition:
    """A condition variable over a lock (an RLock by default).

    Each waiter blocks on a lock of its own, which notify() releases; the
    list of waiters is only read or changed while the condition's lock is
    held, so it needs no lock of its own.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        try:
            self._release_save = lock._release_save
        except AttributeError:
            pass
        try:
            self._acquire_restore = lock._acquire_restore
        except AttributeError:
            pass
        try:
            self._is_owned = lock._is_owned
        except AttributeError:
            pass
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()           # no state to save for a plain lock

    def _acquire_restore(self, x):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock does not know its owner: it is "owned" when it is held.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Releases the lock, waits until notified or until `timeout` seconds
        have passed, then takes the lock again.  Returns False on timeout."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            elif timeout > 0:
                gotit = waiter.acquire(True, timeout)
            else:
                gotit = waiter.acquire(False)
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    # notify() took this waiter (and released its lock)
                    # between the timeout and the lock being taken again:
                    # the notification counts.
                    gotit = waiter.acquire(False)
        return gotit

    def wait_for(self, predicate, timeout=None):
        """Waits until predicate() is true, or until `timeout` has passed.
        Returns the last value of predicate()."""
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wakes up at most n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters.pop(0)
            try:
                waiter.release()
            except RuntimeError:
                continue
            n -= 1

    def notify_all(self):
        """Wakes up every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Deprecated alias of notify_all()."""
        import warnings
        warnings.warn('notifyAll() is deprecated, use notify_all() instead',
                      DeprecationWarning, stacklevel=2)
        self.notify_all()


# --- Semaphores ---

class Semaphore:
    """A counter that acquire() decrements (waiting while it is zero) and
    release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Decrements the counter, waiting (at most `timeout` seconds) while
        it is zero.  Returns True on success, False otherwise."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        """Increments the counter by n, waking up to n waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose counter may not go above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        """Increments the counter by n; ValueError if it would go above the
        initial value."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# --- Events ---

class Event:
    """A flag that threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        """True when the flag is set."""
        return self._flag

    def isSet(self):
        """Deprecated alias of is_set()."""
        import warnings
        warnings.warn('isSet() is deprecated, use is_set() instead',
                      DeprecationWarning, stacklevel=2)
        return self.is_set()

    def set(self):
        """Sets the flag and wakes every waiting thread."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Resets the flag."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Waits until the flag is set or `timeout` seconds have passed;
        returns the flag."""
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


# --- Barriers ---

# Barrier states.
_FILLING = 0
_DRAINING = 1
_RESETTING = -1
_BROKEN = -2


class Barrier:
    """Lets `parties` threads wait until all of them have called wait().

    The state machine: FILLING while threads arrive; the last one runs the
    action and switches to DRAINING, which lasts until every waiter has left
    wait(); RESETTING (after reset() with waiters inside) also lasts until
    they have left; BROKEN after abort(), a timeout or a failed action.
    """

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Waits until all parties have arrived; returns this thread's
        arrival index (0 .. parties-1)."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Wait while a previous round drains or a reset finishes.
            while self._state in (_RESETTING, _DRAINING):
                self._cond.wait()
            if self._state < 0:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._wait_released(timeout)
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state in (_RESETTING, _DRAINING):
                    self._state = _FILLING
                    self._cond.notify_all()

    def _trip(self):
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait_released(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def reset(self):
        """Returns the barrier to its empty state; threads waiting in it get
        BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state in (_FILLING, _BROKEN):
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Breaks the barrier: current and future waiters get
        BrokenBarrierError."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        """The number of threads needed to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads waiting in the barrier now."""
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """True when the barrier is broken."""
        return self._state == _BROKEN


class BrokenBarrierError(RuntimeError):
    pass


# --- Thread registry ---
#
# _active maps the ident of every running thread known here to its Thread;
# _limbo holds threads between start() and their first instruction.  Both are
# changed under _active_limbo_lock.  _shutdown_locks holds the tstate locks of
# the non-daemon threads, which _shutdown() waits for.

_active_limbo_lock = _allocate_lock()
_active = {}
_limbo = {}

_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()

_counter_lock = _allocate_lock()
_counter_value = 0


def _newname(name_template="Thread-%d"):
    global _counter_value
    with _counter_lock:
        _counter_value += 1
        n = _counter_value
    return name_template % n


_local_key_lock = _allocate_lock()
_local_key_value = 0


def _new_local_key():
    # A number that identifies one Thread object for `local` storage; never
    # reused (thread idents are).
    global _local_key_value
    with _local_key_lock:
        _local_key_value += 1
        return _local_key_value


def _maintain_shutdown_locks():
    # Drops the locks of threads that ended without being joined.
    # Called with _shutdown_locks_lock held.
    done = [lock for lock in _shutdown_locks if not lock.locked()]
    _shutdown_locks.difference_update(done)


# --- Thread ---

class Thread:
    """A thread of control: either pass `target` (called with `args` and
    `kwargs`) or override run()."""

    _initialized = False
    _release_own_tstate_lock = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            if daemon and not _daemon_threads_allowed():
                raise RuntimeError('daemon threads are disabled in this (sub)interpreter')
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._local_key = _new_local_key()
        self._local_impls = {}     # `local` objects this thread has data in
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()    # notices a thread that has ended
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Starts the thread's activity (at most once per Thread)."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        """The thread's activity: calls the target; override in subclasses."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references, the target may hold on to this thread.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._bootstrap_inner()

    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        if _HAVE_THREAD_NATIVE_ID:
            self._native_id = get_native_id()

    def _set_tstate_lock(self):
        # The native module releases this lock when the thread's state is
        # gone, which is what join() waits for.  acquire(False) takes it if
        # _set_sentinel returned it unlocked (as CPython's does) and leaves it
        # alone if it is already held for this thread.
        if _set_sentinel is not None:
            lock = _set_sentinel()
        else:
            # No native sentinel: _bootstrap_inner releases this lock itself
            # when run() and the clean-up are over.
            lock = _allocate_lock()
            self._release_own_tstate_lock = True
        lock.acquire(False)
        self._tstate_lock = lock
        if not self._daemonic:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()
                _shutdown_locks.add(lock)

    def _bootstrap_inner(self):
        try:
            self._set_ident()
            self._set_tstate_lock()
            self._set_native_id()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()
            try:
                self.run()
            except BaseException:
                self._invoke_excepthook(self)
        finally:
            _clear_thread_locals(self)
            self._delete()
            if self._release_own_tstate_lock:
                self._tstate_lock.release()

    def _stop(self):
        # Called once the tstate lock has been seen released.
        self._is_stopped = True
        if not self._daemonic:
            with _shutdown_locks_lock:
                _shutdown_locks.discard(self._tstate_lock)

    def _delete(self):
        with _active_limbo_lock:
            _active.pop(get_ident(), None)

    def join(self, timeout=None):
        """Waits until the thread ends, or for at most `timeout` seconds
        (then is_alive() tells which happened)."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        if self._is_stopped:
            return
        lock = self._tstate_lock
        if lock is None:
            return
        if lock.acquire(block, timeout):
            lock.release()
            self._stop()

    @property
    def name(self):
        """The thread's name (for identification only)."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """The thread's identifier (get_ident() inside it), None before it
        starts."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """The operating system's id of the thread, None before it starts."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """True from just before run() starts until just after it ends."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        """Whether this is a daemon thread (not waited for at exit)."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if daemonic and not _daemon_threads_allowed():
            raise RuntimeError('daemon threads are disabled in this interpreter')
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Deprecated: use the daemon attribute."""
        import warnings
        warnings.warn('isDaemon() is deprecated, get the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.daemon

    def setDaemon(self, daemonic):
        """Deprecated: set the daemon attribute."""
        import warnings
        warnings.warn('setDaemon() is deprecated, set the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.daemon = daemonic

    def getName(self):
        """Deprecated: use the name attribute."""
        import warnings
        warnings.warn('getName() is deprecated, get the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.name

    def setName(self, name):
        """Deprecated: set the name attribute."""
        import warnings
        warnings.warn('setName() is deprecated, set the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.name = name


def _clear_thread_locals(thread):
    # Drops the data the ending thread has in `local` objects still alive.
    impls = thread._local_impls
    thread._local_impls = {}
    for ref in impls.values():
        impl = ref()
        if impl is not None:
            impl.drop(thread._local_key)


# --- Exception hook ---

class ExceptHookArgs(tuple):
    """The argument of excepthook: (exc_type, exc_value, exc_traceback,
    thread)."""

    n_fields = 4
    n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence "
                            "(%d-sequence given)" % len(args))
        return tuple.__new__(cls, args)

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, "
                "exc_traceback=%r, thread=%r)" % tuple(self))


def _print_exception(exc_type, exc_value, exc_tb, file):
    from traceback import print_exception
    print_exception(exc_type, exc_value, exc_tb, file=file)


def excepthook(args, /):
    """Reports an exception that escaped a thread's run(): prints
    "Exception in thread NAME:" and the traceback to sys.stderr.
    SystemExit is ignored."""
    if args.exc_type == SystemExit:
        return
    if _sys.stderr is not None:
        stderr = _sys.stderr
    elif args.thread is not None:
        stderr = args.thread._stderr
        if stderr is None:
            return
    else:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    _print_exception(args.exc_type, args.exc_value, args.exc_traceback, stderr)
    stderr.flush()


__excepthook__ = excepthook


def _sys_excepthook(exc_type, exc_value, exc_tb):
    # sys.excepthook when the sys module has one, else its default behaviour.
    hook = getattr(_sys, 'excepthook', None)
    if hook is not None:
        hook(exc_type, exc_value, exc_tb)
    elif _sys.stderr is not None:
        _print_exception(exc_type, exc_value, exc_tb, _sys.stderr)


def _make_invoke_excepthook():
    # Returns the function a thread calls on an exception out of run(); it
    # holds what it needs so that it still works late at shutdown.
    old_excepthook = excepthook
    sys_exc_info = _sys.exc_info
    local_print = print
    local_sys = _sys

    def invoke_excepthook(thread):
        try:
            hook = excepthook
            if hook is None:
                hook = old_excepthook
            args = ExceptHookArgs([*sys_exc_info(), thread])
            hook(args)
        except Exception as exc:
            exc.__suppress_context__ = True
            del exc
            if local_sys.stderr is not None:
                stderr = local_sys.stderr
            else:
                stderr = thread._stderr
            local_print("Exception in threading.excepthook:",
                        file=stderr, flush=True)
            _sys_excepthook(*sys_exc_info())
        finally:
            args = None

    return invoke_excepthook


# --- Timer ---

class Timer(Thread):
    """Calls function(*args, **kwargs) after `interval` seconds, unless
    cancel() is called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stops the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# --- The main thread and foreign threads ---

class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        # The main thread's lock is released by _shutdown(), not by the
        # native module.
        self._tstate_lock = _allocate_lock()
        self._tstate_lock.acquire()
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    # Stands for a thread started directly with _thread: it is daemonic,
    # always alive, cannot be joined, and stays in _active.

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"),
                        daemon=_daemon_threads_allowed())
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# --- Module functions ---

def current_thread():
    """The Thread of the calling thread (a _DummyThread for a thread not
    started through this module)."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Deprecated alias of current_thread()."""
    import warnings
    warnings.warn('currentThread() is deprecated, use current_thread() instead',
                  DeprecationWarning, stacklevel=2)
    return current_thread()


def active_count():
    """The number of Thread objects alive (started and not ended)."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Deprecated alias of active_count()."""
    import warnings
    warnings.warn('activeCount() is deprecated, use active_count() instead',
                  DeprecationWarning, stacklevel=2)
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """A list of the Thread objects alive now."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    """The Thread of the main thread."""
    return _main_thread


_threading_atexits_lock = _allocate_lock()
_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Registers func(*arg, **kwargs) to run in _shutdown() before the
    non-daemon threads are joined (newest first)."""
    with _threading_atexits_lock:
        if _SHUTTING_DOWN:
            raise RuntimeError("can't register atexit after shutdown")
        _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """Called by the interpreter when the main program ends: marks the main
    thread as ended, runs the _register_atexit functions and waits for every
    non-daemon thread."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    tlock = _main_thread._tstate_lock
    if tlock.locked():
        tlock.release()
    _main_thread._stop()
    with _threading_atexits_lock:
        _SHUTTING_DOWN = True
        calls = list(_threading_atexits)
    for call in reversed(calls):
        call()
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


_main_thread = _MainThread()

from _threading_local import local  # noqa: E402  (needs current_thread)
