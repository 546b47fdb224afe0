"""Iterator building blocks (Taipan's `itertools`).

Each tool is a class named as in CPython (so `type(chain()).__name__` is
'chain'), an iterator whose `__next__` does the work lazily.  The
combinatoric tools consume their inputs up front, as CPython does, and
produce tuples in the same (lexicographic) order.
"""

__all__ = ["accumulate", "batched", "chain", "combinations",
           "combinations_with_replacement", "compress", "count", "cycle",
           "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
           "permutations", "product", "repeat", "starmap", "takewhile", "tee",
           "zip_longest"]

_NOTHING = object()


class _Iter:
    __slots__ = ()

    def __iter__(self):
        return self


# --- infinite iterators ---

class count(_Iter):
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""
    __slots__ = ("_n", "_step")

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(type(v), "__add__"):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1 and not isinstance(self._step, bool):
            return "count(%r)" % (self._n,)
        return "count(%r, %r)" % (self._n, self._step)


class cycle(_Iter):
    """cycle(iterable) --> cycle the items of the iterable forever."""
    __slots__ = ("_it", "_saved", "_i", "_first")

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._i = 0
        self._first = True

    def __next__(self):
        if self._first:
            for x in self._it:
                self._saved.append(x)
                return x
            self._first = False
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        x = saved[self._i]
        self._i = (self._i + 1) % len(saved)
        return x


class repeat(_Iter):
    """repeat(object [,times]) -> the object, times times or forever."""
    __slots__ = ("_obj", "_times")

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(times).__name__)
            if times < 0:
                times = 0
        self._times = times

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return "repeat(%r)" % (self._obj,)
        return "repeat(%r, %d)" % (self._obj, self._times)


# --- iterators over one or more inputs ---

class accumulate(_Iter):
    """Return series of accumulated sums (or other binary function results)."""
    __slots__ = ("_it", "_func", "_total", "_initial")

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = _NOTHING
        self._initial = initial

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        x = next(self._it)
        if self._total is _NOTHING:
            self._total = x
        elif self._func is None:
            self._total = self._total + x
        else:
            self._total = self._func(self._total, x)
        return self._total


class chain(_Iter):
    """chain(*iterables) --> items of each iterable in turn."""
    __slots__ = ("_sources", "_active")

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls.__new__(cls)
        self._sources = iter(iterable)
        self._active = None
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._sources is None:
                    raise StopIteration
                try:
                    self._active = iter(next(self._sources))
                except BaseException:
                    # CPython drops the sources on any error: later calls
                    # raise StopIteration.
                    self._sources = None
                    raise
            for x in self._active:
                return x
            self._active = None


class compress(_Iter):
    """compress(data, selectors) --> items of data whose selector is true."""
    __slots__ = ("_data", "_sel")

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._sel = iter(selectors)

    def __next__(self):
        while True:
            d = next(self._data)
            s = next(self._sel)
            if s:
                return d


class dropwhile(_Iter):
    """Drop items from the iterable while predicate(item) is true."""
    __slots__ = ("_pred", "_it", "_dropping")

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __next__(self):
        if self._dropping:
            for x in self._it:
                if not self._pred(x):
                    self._dropping = False
                    return x
            raise StopIteration
        return next(self._it)


class takewhile(_Iter):
    """Return successive entries from an iterable as long as the predicate holds."""
    __slots__ = ("_pred", "_it")

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)

    def __next__(self):
        if self._it is None:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._it = None
        raise StopIteration


class filterfalse(_Iter):
    """Return those items of iterable for which function(item) is false."""
    __slots__ = ("_pred", "_it")

    def __init__(self, function, iterable):
        self._pred = function
        self._it = iter(iterable)

    def __next__(self):
        pred = self._pred
        for x in self._it:
            if not (bool(x) if pred is None else pred(x)):
                return x
        raise StopIteration


class _Grouper(_Iter):
    __slots__ = ("_parent", "_key")

    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __next__(self):
        p = self._parent
        if p._grouper is not self:
            raise StopIteration
        if p._curr is _NOTHING:
            p._advance()
            if p._curr is _NOTHING:
                raise StopIteration
        if not (p._currkey == self._key):
            raise StopIteration
        x = p._curr
        p._curr = _NOTHING
        return x


_Grouper.__name__ = "_grouper"


class groupby(_Iter):
    """make an iterator that returns consecutive keys and groups from the iterable"""
    __slots__ = ("_it", "_keyfunc", "_curr", "_currkey", "_tgtkey", "_grouper", "_done")

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._curr = _NOTHING
        self._currkey = _NOTHING
        self._tgtkey = _NOTHING
        self._grouper = None

    def _advance(self):
        try:
            x = next(self._it)
        except StopIteration:
            self._curr = _NOTHING
            self._it = iter(())
            return
        self._curr = x
        self._currkey = x if self._keyfunc is None else self._keyfunc(x)

    def __next__(self):
        self._grouper = None
        # skip to the next key
        while True:
            if self._curr is _NOTHING:
                self._advance()
                if self._curr is _NOTHING:
                    raise StopIteration
            if self._tgtkey is _NOTHING or not (self._tgtkey == self._currkey):
                break
            self._curr = _NOTHING
        self._tgtkey = self._currkey
        g = _Grouper(self, self._tgtkey)
        self._grouper = g
        return (self._currkey, g)


class islice(_Iter):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])"""
    __slots__ = ("_it", "_next", "_stop", "_step")

    def __init__(self, iterable, *args):
        n = len(args)
        if n == 1:
            start, stop, step = None, args[0], None
        elif n == 2:
            start, stop = args
            step = None
        elif n == 3:
            start, stop, step = args
        elif n == 0:
            raise TypeError("islice expected at least 2 arguments, got 1")
        else:
            raise TypeError("islice expected at most 4 arguments, got %d" % (n + 1))
        if stop is not None:
            if not isinstance(stop, int) or stop < 0:
                raise ValueError("Stop argument for islice() must be None or "
                                 "an integer: 0 <= x <= sys.maxsize.")
        if start is None:
            start = 0
        elif not isinstance(start, int) or start < 0:
            raise ValueError("Indices for islice() must be None or "
                             "an integer: 0 <= x <= sys.maxsize.")
        if step is None:
            step = 1
        elif not isinstance(step, int) or step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        # skip up to the next index (counting how many were consumed)
        consumed = 0
        nxt = self._next
        while consumed < nxt:
            if stop is not None and consumed >= stop:
                self._it = None
                raise StopIteration
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            consumed += 1
        if stop is not None and nxt >= stop:
            self._it = None
            raise StopIteration
        try:
            x = next(it)
        except StopIteration:
            self._it = None
            raise
        # re-base: indices are now relative to the item after x
        if stop is not None:
            self._stop = stop - nxt - 1
        self._next = self._step - 1
        return x


class starmap(_Iter):
    """Return function(*args) for each args tuple of the iterable."""
    __slots__ = ("_func", "_it")

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __next__(self):
        return self._func(*next(self._it))


class _TeeLink:
    __slots__ = ("value", "next")

    def __init__(self):
        self.value = _NOTHING
        self.next = None


class _tee(_Iter):
    __slots__ = ("_source", "_link")

    def __init__(self, source, link):
        self._source = source
        self._link = link

    def __next__(self):
        link = self._link
        if link.next is None:
            x = next(self._source)
            link.value = x
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._source, self._link)


_tee.__name__ = "_tee"


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _TeeLink())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest(_Iter):
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object"""
    __slots__ = ("_its", "_fill", "_active")

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(x) for x in iterables]
        self._fill = fillvalue
        self._active = len(self._its)

    def __next__(self):
        its = self._its
        if not self._active:
            raise StopIteration
        out = []
        for i in range(len(its)):
            it = its[i]
            if it is None:
                out.append(self._fill)
                continue
            try:
                out.append(next(it))
            except StopIteration:
                its[i] = None
                self._active -= 1
                if not self._active:
                    raise
                out.append(self._fill)
        return tuple(out)


class pairwise(_Iter):
    """Return successive overlapping pairs taken from the input iterator."""
    __slots__ = ("_it", "_old")

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._old = _NOTHING

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        if self._old is _NOTHING:
            try:
                self._old = next(it)
            except StopIteration:
                self._it = None
                raise
        try:
            new = next(it)
        except StopIteration:
            self._it = None
            raise
        old = self._old
        self._old = new
        return (old, new)


class batched(_Iter):
    """Batch data into tuples of length n. The last batch may be shorter."""
    __slots__ = ("_it", "_n")

    def __init__(self, iterable, n):
        if n < 1:
            raise ValueError("n must be at least one")
        self._it = iter(iterable)
        self._n = n

    def __next__(self):
        batch = tuple(islice(self._it, self._n))
        if not batch:
            raise StopIteration
        return batch


# --- combinatoric iterators ---

class product(_Iter):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    __slots__ = ("_pools", "_idx", "_done")

    def __init__(self, *iterables, repeat=1):
        if not isinstance(repeat, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(repeat).__name__)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(p) for p in iterables] * repeat
        self._pools = pools
        self._idx = None
        self._done = False
        for p in pools:
            if not p:
                self._done = True

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        idx = self._idx
        if idx is None:
            self._idx = [0] * len(pools)
            return tuple(p[0] for p in pools)
        i = len(pools) - 1
        while i >= 0:
            idx[i] += 1
            if idx[i] < len(pools[i]):
                break
            idx[i] = 0
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        return tuple(pools[j][idx[j]] for j in range(len(pools)))


def _check_r(r, n):
    if r is None:
        return n
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


class permutations(_Iter):
    """Return successive r-length permutations of elements in the iterable."""
    __slots__ = ("_pool", "_r", "_indices", "_cycles", "_first", "_done")

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        r = _check_r(r, n)
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._first = True
        self._done = r > n

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices[:r])
        n = len(pool)
        cycles = self._cycles
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple(pool[k] for k in indices[:r])
        self._done = True
        raise StopIteration


class combinations(_Iter):
    """Return successive r-length combinations of elements in the iterable."""
    __slots__ = ("_pool", "_r", "_indices", "_first", "_done")

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        n = len(pool)
        r = _check_r(r, n)
        self._pool = pool
        self._r = r
        self._indices = list(range(r))
        self._first = True
        self._done = r > n

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices)
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple(pool[k] for k in indices)


class combinations_with_replacement(_Iter):
    """Return successive r-length combinations allowing repeated elements."""
    __slots__ = ("_pool", "_r", "_indices", "_first", "_done")

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        n = len(pool)
        r = _check_r(r, n)
        self._pool = pool
        self._r = r
        self._indices = [0] * r
        self._first = True
        self._done = (n == 0 and r > 0)

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices)
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        return tuple(pool[k] for k in indices)
