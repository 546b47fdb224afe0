"""`WeakSet`: a set of weakly referenced objects (Taipan's `_weakrefset`).

Members are held through `_weakref.ref`s whose callback drops the entry once
the member dies (at a collection: Taipan's collector is tracing, see
`_weakref`).  A callback that fires while the set is being iterated is
deferred until the last iteration ends, so iterating never sees the
underlying set change size.
"""

from _weakref import ref
from types import GenericAlias

__all__ = ['WeakSet']


class _Guard:
    """Marks a weak container as being iterated for the `with` block."""

    __slots__ = ('_cref',)

    def __init__(self, container):
        self._cref = ref(container)

    def __enter__(self):
        c = self._cref()
        if c is not None:
            c._iterating.add(self)
        return self

    def __exit__(self, *exc):
        c = self._cref()
        if c is not None:
            c._iterating.discard(self)
            if not c._iterating:
                c._flush()


class WeakSet:
    def __init__(self, data=None):
        self.data = set()
        self._pending = []
        self._iterating = set()

        def _remove(item, selfref=ref(self)):
            s = selfref()
            if s is not None:
                if s._iterating:
                    s._pending.append(item)
                else:
                    s.data.discard(item)

        self._remove = _remove
        if data is not None:
            self.update(data)

    def _flush(self):
        pending = self._pending
        discard = self.data.discard
        while pending:
            discard(pending.pop())

    def __iter__(self):
        with _Guard(self):
            for r in self.data:
                item = r()
                if item is not None:
                    yield item

    def __len__(self):
        return len(self.data) - len(self._pending)

    def __contains__(self, item):
        try:
            r = ref(item)
        except TypeError:
            return False
        return r in self.data

    def __reduce__(self):
        return self.__class__, (list(self),), self.__getstate__()

    def __getstate__(self):
        state = dict(self.__dict__)
        for name in ('data', '_pending', '_iterating', '_remove'):
            state.pop(name, None)
        return state or None

    def add(self, item):
        if self._pending and not self._iterating:
            self._flush()
        self.data.add(ref(item, self._remove))

    def clear(self):
        if self._pending and not self._iterating:
            self._flush()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if self._pending and not self._iterating:
            self._flush()
        while True:
            try:
                r = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = r()
            if item is not None:
                return item

    def remove(self, item):
        if self._pending and not self._iterating:
            self._flush()
        self.data.remove(ref(item))

    def discard(self, item):
        if self._pending and not self._iterating:
            self._flush()
        self.data.discard(ref(item))

    def update(self, other):
        if self._pending and not self._iterating:
            self._flush()
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self._pending and not self._iterating:
            self._flush()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        if self._pending and not self._iterating:
            self._flush()
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    __hash__ = None

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._pending and not self._iterating:
            self._flush()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(
                ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)

    __class_getitem__ = classmethod(GenericAlias)
