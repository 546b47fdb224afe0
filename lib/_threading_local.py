"""Thread-local data (Taipan's `_threading_local`; `threading.local`).

An instance of `local` has one attribute dictionary per thread.  The class
and its subclasses work as usual (methods, properties, `__slots__`), but
instance attributes live in the dictionary of the thread that is running.
When a thread first touches a `local` created elsewhere, its dictionary is
made empty and the subclass's `__init__` runs again with the arguments that
were given to the constructor, as in CPython.

How it works (no GIL, so no attribute dictionary is swapped in and out):
- Each `local` holds a `_LocalImpl`: the constructor arguments and
  `dicts`, which maps a thread's `_local_key` (a number that
  `threading.Thread` never reuses, unlike thread idents) to that thread's
  attribute dict.  `dicts` is only read or changed under the impl's lock.
  A thread's own dict is only used by that thread, so it needs no lock.
- The attribute protocol is written out here: data descriptors of the class
  (properties, slots) come first, then the thread's dict, then other class
  attributes (methods), as `object.__getattribute__` does with an instance
  dict.
- Each Thread keeps weak references to the impls it has data in; when a
  thread started by `threading` ends, its dicts are dropped
  (`threading._clear_thread_locals`).  A `local` that dies takes every
  thread's dict with it.  Threads not started by `threading` (dummy threads)
  and the main thread keep their dicts until the `local` dies.
"""

from weakref import ref as _ref

__all__ = ["local"]

_MISSING = object()


class _LocalImpl:
    """Per-`local` state: constructor arguments and the dict of each thread."""

    def __init__(self, args, kw):
        self.args = args
        self.kw = kw
        self.dicts = {}
        self.lock = _allocate_lock()

    def get(self, key):
        with self.lock:
            return self.dicts.get(key)

    def add(self, key, d):
        with self.lock:
            self.dicts[key] = d

    def drop(self, key):
        with self.lock:
            self.dicts.pop(key, None)


def _prune(impls):
    # Forgets the impls of `local` objects that have died.
    for k in [k for k, r in impls.items() if r() is None]:
        del impls[k]


def _local_dict(self, run_init=True):
    # The calling thread's attribute dict of `self`, made (and __init__ run
    # again with the constructor's arguments) on first use.
    impl = object.__getattribute__(self, '_local__impl')
    thread = current_thread()
    key = thread._local_key
    d = impl.get(key)
    if d is not None:
        return d
    d = {}
    impl.add(key, d)
    impls = thread._local_impls
    if len(impls) >= 64 and len(impls) & (len(impls) - 1) == 0:
        _prune(impls)
    impls[id(impl)] = _ref(impl)
    if run_init:
        type(self).__init__(self, *impl.args, **impl.kw)
    return d


def _class_lookup(tp, name):
    for klass in tp.__mro__:
        d = klass.__dict__
        if name in d:
            return d[name]
    return _MISSING


def _is_data_descriptor(attr):
    tp = type(attr)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def _type_name(tp):
    # The name CPython's messages use: the C type is "_thread._local".
    return "_thread._local" if tp is local else tp.__name__


def _no_attribute(self, name):
    return AttributeError("'%s' object has no attribute '%s'"
                          % (_type_name(type(self)), name))


def _dict_read_only(self):
    return AttributeError("'%s' object attribute '__dict__' is read-only"
                          % _type_name(type(self)))


class local:
    """Thread-local data: attributes set on an instance are seen only by the
    thread that set them."""

    __slots__ = ('_local__impl',)

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__impl', _LocalImpl(args, kw))
        # The creating thread gets its dict now; type.__call__ runs __init__.
        _local_dict(self, run_init=False)
        return self

    def __getattribute__(self, name):
        if name == '__dict__':
            return _local_dict(self)
        if name == '__class__' or not isinstance(name, str):
            return object.__getattribute__(self, name)
        tp = type(self)
        attr = _class_lookup(tp, name)
        if attr is not _MISSING and _is_data_descriptor(attr):
            return type(attr).__get__(attr, self, tp)
        d = _local_dict(self)
        value = d.get(name, _MISSING)
        if value is not _MISSING:
            return value
        if attr is not _MISSING:
            get = getattr(type(attr), '__get__', None)
            if get is not None:
                return get(attr, self, tp)
            return attr
        # The few attributes of object that are not in a class dict.
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            pass
        raise _no_attribute(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise _dict_read_only(self)
        if name == '__class__' or not isinstance(name, str):
            return object.__setattr__(self, name, value)
        attr = _class_lookup(type(self), name)
        if attr is not _MISSING:
            setter = getattr(type(attr), '__set__', None)
            if setter is not None:
                setter(attr, self, value)
                return
        _local_dict(self)[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise _dict_read_only(self)
        if name == '__class__' or not isinstance(name, str):
            return object.__delattr__(self, name)
        attr = _class_lookup(type(self), name)
        if attr is not _MISSING:
            deleter = getattr(type(attr), '__delete__', None)
            if deleter is not None:
                deleter(attr, self)
                return
        d = _local_dict(self)
        if name not in d:
            raise _no_attribute(self, name)
        del d[name]


from threading import current_thread  # noqa: E402
from _thread import allocate_lock as _allocate_lock  # noqa: E402

# Named as CPython's C type, which threading exports as `local`.
local.__name__ = local.__qualname__ = "_local"
local.__module__ = "_thread"
