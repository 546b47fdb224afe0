"""Weak references (Taipan's `weakref`), built on the native `_weakref`.

Provided: `ref`/`ReferenceType`, `getweakrefcount`, `getweakrefs`,
`WeakMethod`, `WeakValueDictionary`, `WeakKeyDictionary`, `WeakSet`,
`KeyedRef`, `finalize` (with `atexit`: pending finalizers whose `atexit` is
true run when the interpreter exits, through the `atexit` module), and
`proxy`/`ProxyType`/`CallableProxyType`.

Differences from CPython:
- Referents die at a collection (Taipan's collector is tracing), not when
  their last reference goes; see `_weakref`.
- `proxy` is written in Python: a proxy is an instance of `ProxyType` /
  `CallableProxyType` that holds a `ref` to the referent and forwards
  attribute access, operators, `len`/`iter`/item access and calls.
  `getweakrefcount` counts a proxy (through its ref) but `getweakrefs`
  returns that internal ref (a `_ProxyRef`, never the ref that `ref(obj)`
  shares), not the proxy; `proxy(obj)` makes a new proxy each time
  (CPython shares a callback-less one); `isinstance(proxy, C)` is False
  because Taipan's isinstance
  does not consult `__class__` (which the proxy does forward).
- `WeakSet[int]` etc. (`__class_getitem__`) need `types.GenericAlias(cls,
  arg)`, which Taipan cannot construct yet.
- `WeakKeyDictionary`/`WeakValueDictionary` defer removals while they are
  being iterated, like CPython; there is no thread-safety beyond that (no
  `threading` module yet).
"""

import atexit as _atexit
import itertools as _itertools
from collections.abc import MutableMapping as _MutableMapping
from types import GenericAlias as _GenericAlias

from _weakref import (
    ref,
    ReferenceType,
    getweakrefcount,
    getweakrefs,
    _remove_dead_weakref,
)
from _weakrefset import WeakSet, _Guard

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


class WeakMethod(ref):
    """A weak reference to a bound method: it dies when either the instance
    or the function dies, and calling it rebuilds the bound method."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def _cb(arg):
            self = self_wr()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A ref that also remembers a key (used by WeakValueDictionary)."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class _Deferring:
    """Shared by the two dictionaries: removals requested by callbacks while
    the dictionary is iterated are queued and applied afterwards; and the
    `|`, `|=` operators."""

    def _flush(self):
        pending = self._pending
        while pending:
            self._apply_removal(pending.pop())

    # The dict merge operators (PEP 584), the same for both dictionaries.
    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, _MutableMapping):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _MutableMapping):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented


class WeakValueDictionary(_Deferring, _MutableMapping):
    """A mapping whose values are weakly referenced: an entry goes away when
    its value dies."""

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending.append(wr.key)
                else:
                    _remove_dead_weakref(self.data, wr.key)

        self._remove = remove
        self._pending = []
        self._iterating = set()
        self.data = {}
        self.update(other, **kw)

    def _apply_removal(self, key):
        _remove_dead_weakref(self.data, key)

    def _commit(self):
        if self._pending and not self._iterating:
            self._flush()

    def __getitem__(self, key):
        self._commit()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        self._commit()
        del self.data[key]

    def __len__(self):
        self._commit()
        return len(self.data)

    def __contains__(self, key):
        self._commit()
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self._commit()
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        self._commit()
        new = WeakValueDictionary()
        with _Guard(self):
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    new[key] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        self._commit()
        new = self.__class__()
        with _Guard(self):
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    new[deepcopy(key, memo)] = o
        return new

    def get(self, key, default=None):
        self._commit()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        self._commit()
        with _Guard(self):
            for k, wr in self.data.items():
                v = wr()
                if v is not None:
                    yield k, v

    def keys(self):
        self._commit()
        with _Guard(self):
            for k, wr in self.data.items():
                if wr() is not None:
                    yield k

    __iter__ = keys

    def itervaluerefs(self):
        """Iterates over the KeyedRefs to the values (some may be dead)."""
        self._commit()
        with _Guard(self):
            yield from self.data.values()

    def values(self):
        self._commit()
        with _Guard(self):
            for wr in self.data.values():
                o = wr()
                if o is not None:
                    yield o

    def popitem(self):
        self._commit()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        self._commit()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self._commit()
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        self._commit()
        d = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                d[key] = KeyedRef(o, self._remove, key)
        for key, o in kwargs.items():
            d[key] = KeyedRef(o, self._remove, key)

    def valuerefs(self):
        """A list of the KeyedRefs to the values (some may be dead)."""
        self._commit()
        return list(self.data.values())


class WeakKeyDictionary(_Deferring, _MutableMapping):
    """A mapping whose keys are weakly referenced: an entry goes away when
    its key dies.  Keys must be hashable and weakly referenceable."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending.append(k)
                else:
                    try:
                        del self.data[k]
                    except KeyError:
                        pass

        self._remove = remove
        self._pending = []
        self._iterating = set()
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    def _apply_removal(self, k):
        try:
            del self.data[k]
        except KeyError:
            pass

    def _commit(self):
        if self._pending and not self._iterating:
            self._flush()

    def __delitem__(self, key):
        self._commit()
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        self._commit()
        return len(self.data) - len(self._pending)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self._commit()
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        with _Guard(self):
            for key, value in self.data.items():
                o = key()
                if o is not None:
                    new[o] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        with _Guard(self):
            for key, value in self.data.items():
                o = key()
                if o is not None:
                    new[o] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        with _Guard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    yield key, value

    def keys(self):
        with _Guard(self):
            for wr in self.data:
                obj = wr()
                if obj is not None:
                    yield obj

    __iter__ = keys

    def values(self):
        with _Guard(self):
            for wr, value in self.data.items():
                if wr() is not None:
                    yield value

    def keyrefs(self):
        """A list of the weak references to the keys (some may be dead)."""
        return list(self.data)

    def popitem(self):
        self._commit()
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        self._commit()
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        self._commit()
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)


for _cls in (WeakValueDictionary, WeakKeyDictionary):
    _cls.__class_getitem__ = classmethod(_GenericAlias)
del _cls


# --- finalize -------------------------------------------------------------

class finalize:
    """finalize(obj, func, /, *args, **kwargs): calls func(*args, **kwargs)
    once, either when obj dies or when the finalize object is called.

    `atexit` (default True) says whether a finalizer still pending when the
    interpreter exits is run then (newest first)."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = _itertools.count()
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            _atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """Runs the callback now unless it already ran or was detached;
        returns its result (None otherwise)."""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """Unregisters; returns (obj, func, args, kwargs), or None if the
        finalizer is dead."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """(obj, func, args, kwargs) if alive, else None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        pending = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        pending.sort(key=lambda item: item[1].index)
        return [f for (f, i) in pending]

    @classmethod
    def _exitfunc(cls):
        try:
            if cls._registry:
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        import sys
                        hook = getattr(sys, "excepthook", None)
                        if hook is not None:
                            hook(*sys.exc_info())
                        else:
                            import traceback
                            traceback.print_exc()
                    assert f not in cls._registry
        finally:
            finalize._shutdown = True


# --- proxy ----------------------------------------------------------------

def _referent(p):
    o = object.__getattribute__(p, "_proxy_ref")()
    if o is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return o


def _unwrap(x):
    if isinstance(x, ProxyType):
        return _referent(x)
    return x


def _binop(name):
    def forward(self, other):
        return getattr(_referent(self), name)(_unwrap(other))
    forward.__name__ = name
    return forward


def _unop(name, fn):
    def forward(self):
        return fn(_referent(self))
    forward.__name__ = name
    return forward


class ProxyType:
    """A proxy: forwards everything to its referent while it is alive."""

    __slots__ = ("_proxy_ref",)

    def __init__(self, *a, **k):
        raise TypeError("cannot create 'weakref.ProxyType' instances")

    def __getattribute__(self, name):
        return getattr(_referent(self), name)

    def __setattr__(self, name, value):
        setattr(_referent(self), name, value)

    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __repr__(self):
        # A dead proxy names None, as CPython 3.11's does.
        o = object.__getattribute__(self, "_proxy_ref")()
        return "<weakproxy at %#x to %s at %#x>" % (
            id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(_referent(self))

    def __bytes__(self):
        return bytes(_referent(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __bool__(self):
        return bool(_referent(self))

    def __eq__(self, other):
        return _referent(self) == _unwrap(other)

    def __ne__(self, other):
        return _referent(self) != _unwrap(other)

    def __lt__(self, other):
        return _referent(self) < _unwrap(other)

    def __le__(self, other):
        return _referent(self) <= _unwrap(other)

    def __gt__(self, other):
        return _referent(self) > _unwrap(other)

    def __ge__(self, other):
        return _referent(self) >= _unwrap(other)

    def __len__(self):
        return len(_referent(self))

    def __iter__(self):
        return iter(_referent(self))

    def __next__(self):
        return next(_referent(self))

    def __reversed__(self):
        return reversed(_referent(self))

    def __contains__(self, item):
        return item in _referent(self)

    def __getitem__(self, key):
        return _referent(self)[key]

    def __setitem__(self, key, value):
        _referent(self)[key] = value

    def __delitem__(self, key):
        del _referent(self)[key]

    def __index__(self):
        import operator
        return operator.index(_referent(self))

    __neg__ = _unop("__neg__", lambda o: -o)
    __pos__ = _unop("__pos__", lambda o: +o)
    __abs__ = _unop("__abs__", abs)
    __invert__ = _unop("__invert__", lambda o: ~o)
    __int__ = _unop("__int__", int)
    __float__ = _unop("__float__", float)

    def __add__(self, other):
        return _referent(self) + _unwrap(other)

    def __radd__(self, other):
        return _unwrap(other) + _referent(self)

    def __sub__(self, other):
        return _referent(self) - _unwrap(other)

    def __rsub__(self, other):
        return _unwrap(other) - _referent(self)

    def __mul__(self, other):
        return _referent(self) * _unwrap(other)

    def __rmul__(self, other):
        return _unwrap(other) * _referent(self)

    def __matmul__(self, other):
        return _referent(self) @ _unwrap(other)

    def __rmatmul__(self, other):
        return _unwrap(other) @ _referent(self)

    def __truediv__(self, other):
        return _referent(self) / _unwrap(other)

    def __rtruediv__(self, other):
        return _unwrap(other) / _referent(self)

    def __floordiv__(self, other):
        return _referent(self) // _unwrap(other)

    def __rfloordiv__(self, other):
        return _unwrap(other) // _referent(self)

    def __mod__(self, other):
        return _referent(self) % _unwrap(other)

    def __rmod__(self, other):
        return _unwrap(other) % _referent(self)

    def __divmod__(self, other):
        return divmod(_referent(self), _unwrap(other))

    def __rdivmod__(self, other):
        return divmod(_unwrap(other), _referent(self))

    def __pow__(self, other, mod=None):
        if mod is None:
            return pow(_referent(self), _unwrap(other))
        return pow(_referent(self), _unwrap(other), _unwrap(mod))

    def __rpow__(self, other):
        return pow(_unwrap(other), _referent(self))

    def __lshift__(self, other):
        return _referent(self) << _unwrap(other)

    def __rlshift__(self, other):
        return _unwrap(other) << _referent(self)

    def __rshift__(self, other):
        return _referent(self) >> _unwrap(other)

    def __rrshift__(self, other):
        return _unwrap(other) >> _referent(self)

    def __and__(self, other):
        return _referent(self) & _unwrap(other)

    def __rand__(self, other):
        return _unwrap(other) & _referent(self)

    def __or__(self, other):
        return _referent(self) | _unwrap(other)

    def __ror__(self, other):
        return _unwrap(other) | _referent(self)

    def __xor__(self, other):
        return _referent(self) ^ _unwrap(other)

    def __rxor__(self, other):
        return _unwrap(other) ^ _referent(self)

    # In-place operators return what the referent's operator returns (for a
    # mutable referent, the referent itself, as with CPython's proxy).
    def _inplace(op):
        def method(self, other):
            return op(_referent(self), _unwrap(other))
        return method

    import operator as _op
    __iadd__ = _inplace(_op.iadd)
    __isub__ = _inplace(_op.isub)
    __imul__ = _inplace(_op.imul)
    __imatmul__ = _inplace(_op.imatmul)
    __itruediv__ = _inplace(_op.itruediv)
    __ifloordiv__ = _inplace(_op.ifloordiv)
    __imod__ = _inplace(_op.imod)
    __ipow__ = _inplace(_op.ipow)
    __ilshift__ = _inplace(_op.ilshift)
    __irshift__ = _inplace(_op.irshift)
    __iand__ = _inplace(_op.iand)
    __ior__ = _inplace(_op.ior)
    __ixor__ = _inplace(_op.ixor)
    del _op, _inplace


ProxyType.__module__ = "weakref"


class CallableProxyType(ProxyType):
    """A proxy to a callable object."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _referent(self)(*args, **kwargs)


CallableProxyType.__module__ = "weakref"
ProxyTypes = (ProxyType, CallableProxyType)


class _ProxyRef(ref):
    """A proxy's own ref: not the ref that `ref(obj)` shares."""

    __slots__ = ()


def proxy(obj, callback=None, /):
    """proxy(obj[, callback]): a proxy to obj that uses a weak reference;
    callback(proxy) is called when obj dies."""
    cls = CallableProxyType if callable(obj) else ProxyType
    p = object.__new__(cls)
    if callback is None:
        wr = _ProxyRef(obj)
    else:
        def cb(_wr):
            callback(p)
        wr = _ProxyRef(obj, cb)
    object.__setattr__(p, "_proxy_ref", wr)
    return p
