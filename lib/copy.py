"""Shallow and deep copy operations (Taipan's `copy`).

`copy(x)` returns x itself for immutable atoms, a new container of the same
items for the built-in containers, `x.__copy__()` when the class defines it,
and otherwise a new instance made with `cls.__new__(cls)` whose `__dict__`
and slots hold the same values.  `deepcopy(x)` does the same recursively,
keeping a memo (id -> copy) so that shared references and cycles are
copied once and the copy has the same shape.  Classes may define
`__deepcopy__(memo)`, `__getstate__`/`__setstate__`, `__getnewargs__`, or
`__reduce_ex__`/`__reduce__`, which are honoured the way CPython's
`copy._reconstruct` honours them.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_NoneType = type(None)


def _atomic_types():
    def f():
        pass
    ts = [_NoneType, int, float, bool, complex, str, bytes, tuple, frozenset,
          type, range, slice, property, type(Ellipsis), type(NotImplemented),
          type(f), type(len), type(f.__code__)]
    return frozenset(ts)


_atomic = _atomic_types()
_immutable_shallow = _atomic


def _own_attr(cls, name):
    """The attribute `name` if some class of cls's MRO other than object
    defines it."""
    for klass in cls.__mro__:
        if klass is object:
            return None
        d = klass.__dict__
        if name in d:
            return d[name]
    return None


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _get_state(x, cls):
    getstate = _own_attr(cls, '__getstate__')
    if getstate is not None:
        return getstate(x)
    d = getattr(x, '__dict__', None)
    state = dict(d) if d else None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _set_state(y, state):
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None and _own_attr(type(y), '__setstate__') is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for k, v in slotstate.items():
            setattr(y, k, v)


_builtin_bases = (list, dict, set, frozenset, tuple, int, float, str, bytes,
                  bytearray, complex)


def _new_args(x, cls):
    getnewargs = _own_attr(cls, '__getnewargs__')
    if getnewargs is not None:
        return tuple(getnewargs(x))
    for base in (tuple, frozenset, int, float, str, bytes, complex):
        if isinstance(x, base):
            return (base(x),)
    return ()


def _reconstruct_instance(x, cls, deep, memo):
    """Copies an instance of a user class without __copy__/__deepcopy__."""
    reductor = _own_attr(cls, '__reduce_ex__')
    if reductor is not None:
        return _reconstruct(x, memo, *reductor(x, 4)) if deep else \
            _reconstruct(x, None, *reductor(x, 4))
    reductor = _own_attr(cls, '__reduce__')
    if reductor is not None:
        rv = reductor(x)
        if isinstance(rv, str):
            return x
        return _reconstruct(x, memo if deep else None, *rv)
    args = _new_args(x, cls)
    if deep and args:
        args = deepcopy(args, memo)
    y = cls.__new__(cls, *args)
    if deep:
        memo[id(x)] = y
    state = _get_state(x, cls)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for k, v in x.items():
            if deep:
                y[deepcopy(k, memo)] = deepcopy(v, memo)
            else:
                y[k] = v
    elif isinstance(x, set):
        for item in x:
            y.add(deepcopy(item, memo) if deep else item)
    if state:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    return y


def _reconstruct(x, memo, func, args, state=None, listiter=None,
                 dictiter=None, *ignored):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
            else:
                y[key] = value
    return y


# --- shallow copy ---

def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _immutable_shallow:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if isinstance(x, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct_instance(x, cls, False, None)


# --- deep copy ---

def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for a in x:
        y.append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo):
    y = set()
    memo[id(x)] = y
    for a in x:
        y.add(deepcopy(a, memo))
    return y


def _deepcopy_frozenset(x, memo):
    y = frozenset(deepcopy(a, memo) for a in x)
    for a in y:
        if a not in x:
            return y
    return x if len(x) == len(y) else y


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = {
    list: _deepcopy_list,
    tuple: _deepcopy_tuple,
    dict: _deepcopy_dict,
    set: _deepcopy_set,
    frozenset: _deepcopy_frozenset,
    bytearray: _deepcopy_bytearray,
}


def _keep_alive(x, memo):
    """Keeps the originals alive while the memo exists (ids stay unique)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic and cls is not tuple and cls is not frozenset:
        return x
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif isinstance(x, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct_instance(x, cls, True, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y
