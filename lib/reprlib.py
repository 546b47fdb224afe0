"""Size-limited alternative repr() (Taipan's own implementation).

A Repr instance produces representations of objects in which containers,
strings and numbers are cut down to configurable sizes.  Per-type behaviour
is looked up by the type's name: a method ``repr_<typename>`` (with spaces in
the type name replaced by underscores) handles objects of that type.
"""

import builtins
from itertools import islice as _take
from _thread import get_ident as _thread_id

__all__ = ["Repr", "repr", "recursive_repr"]


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: return fillvalue on a recursive call
    made by the same thread for the same object."""

    def decorate(method):
        active = set()

        def guarded(self):
            token = (id(self), _thread_id())
            if token in active:
                return fillvalue
            active.add(token)
            try:
                return method(self)
            finally:
                active.discard(token)

        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            try:
                setattr(guarded, attr, getattr(method, attr))
            except AttributeError:
                pass
        guarded.__annotations__ = getattr(method, '__annotations__', {})
        return guarded

    return decorate


def _shorten(text, limit, filler):
    """Cut text down to about `limit` characters, keeping both ends."""
    if len(text) <= limit:
        return text
    head = (limit - 3) // 2
    if head < 0:
        head = 0
    tail = limit - 3 - head
    if tail < 0:
        tail = 0
    return text[:head] + filler + (text[len(text) - tail:] if tail else '')


def _ordered(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        name = type(x).__name__
        if ' ' in name:
            name = '_'.join(name.split())
        handler = getattr(self, 'repr_' + name, None)
        if handler is None:
            return self.repr_instance(x, level)
        return handler(x, level)

    # -- helpers -----------------------------------------------------------

    def _seq(self, values, count, level, opener, closer, limit, single=''):
        # `values` is an iterable of the elements to show, `count` their
        # total number.
        if count == 0:
            return opener + closer
        if level <= 0:
            return opener + self.fillvalue + closer
        below = level - 1
        parts = [self.repr1(v, below) for v in _take(values, limit)]
        if count > limit:
            parts.append(self.fillvalue)
        body = ', '.join(parts)
        if count == 1 and single:
            body += single
        return opener + body + closer

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        # Compatibility entry point (used by some Repr subclasses).
        return self._seq(iter(x), len(x), level, left, right, maxiter, trail)

    # -- per-type handlers -------------------------------------------------

    def repr_tuple(self, x, level):
        return self._seq(iter(x), len(x), level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._seq(iter(x), len(x), level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._seq(iter(x), len(x), level,
                         "array('%s', [" % x.typecode, '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._seq(iter(_ordered(x)), len(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._seq(iter(_ordered(x)), len(x), level,
                         'frozenset({', '})', self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._seq(iter(x), len(x), level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        below = level - 1
        entries = []
        for key in _take(_ordered(x), self.maxdict):
            entries.append('%s: %s' % (self.repr1(key, below),
                                       self.repr1(x[key], below)))
        if len(x) > self.maxdict:
            entries.append(self.fillvalue)
        return '{' + ', '.join(entries) + '}'

    def repr_str(self, x, level):
        text = builtins.repr(x[:self.maxstring])
        if len(text) <= self.maxstring:
            return text
        keep = max(0, (self.maxstring - 3) // 2)
        rest = max(0, self.maxstring - 3 - keep)
        text = builtins.repr(x[:keep] + x[len(x) - rest:])
        return text[:keep] + self.fillvalue + (text[len(text) - rest:] if rest else '')

    def repr_int(self, x, level):
        return _shorten(builtins.repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (type(x).__name__, id(x))
        return _shorten(text, self.maxother, self.fillvalue)


aRepr = Repr()
repr = aRepr.repr
