"""Pretty-printing of Python data structures (Taipan's own implementation).

pprint()     print an object's pretty representation to a stream
pformat()    return it as a string
pp()         pprint() that keeps dict insertion order by default
saferepr()   repr() that guards against recursive data structures
isreadable() / isrecursive()   properties of an object's representation
PrettyPrinter   the configurable printer behind all of these
"""

import sys as _sys
import re as _re
import types as _types
import collections as _coll

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Format a Python object into a pretty-printed representation."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print a Python object (dicts keep their insertion order)."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """Version of repr() which can handle recursive data structures."""
    return PrettyPrinter().format(object, {}, 0, 0)[0]


def isreadable(object):
    """Determine if saferepr(object) is readable by eval()."""
    return PrettyPrinter().format(object, {}, 0, 0)[1]


def isrecursive(object):
    """Determine if object requires a recursive representation."""
    return PrettyPrinter().format(object, {}, 0, 0)[2]


# ---------------------------------------------------------------------------
# Ordering of keys and set members that may not be mutually comparable.

class _Orderable:
    """Sort key: natural order when the values compare, otherwise by type
    name and then identity."""

    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        a = self.value
        b = other.value
        try:
            return a < b
        except TypeError:
            return ((str(type(a)), id(a)) < (str(type(b)), id(b)))


def _pair_key(pair):
    return (_Orderable(pair[0]), _Orderable(pair[1]))


def _marker(obj):
    return '<Recursion on %s with id=%s>' % (type(obj).__name__, id(obj))


_BUILTIN_OWNERS = frozenset([int, dict, list, tuple, set, frozenset, str,
                             bytes, bytearray, _types.MappingProxyType,
                             _types.SimpleNamespace, _coll.deque])


def _repr_owner(cls):
    """The class in cls's MRO that provides the __repr__ cls uses: the
    first one defining __repr__ itself, or one of the known built-in
    types (whose methods are not always visible in their __dict__)."""
    for klass in cls.__mro__:
        if klass in _BUILTIN_OWNERS or '__repr__' in klass.__dict__:
            return klass
    return object


_PLAIN_SCALARS = frozenset([str, bytes, bytearray, float, complex, bool,
                            type(None)])

_WORDS = _re.compile(r'\S*\s*')


def _greedy(pieces, render, room, last_room):
    """Pack consecutive pieces into as few chunks as fit: a chunk's
    rendering must not be longer than `room` (`last_room` for the chunk
    holding the final piece).  Yields the rendered chunks."""
    held = None
    count = len(pieces)
    for pos, piece in enumerate(pieces):
        limit = last_room if pos == count - 1 else room
        joined = piece if held is None else held + piece
        if held is not None and len(render(joined)) > limit:
            if held:
                yield render(held)
            held = piece
        else:
            held = joined
    if held:
        yield render(held)


class _Sink:
    """Minimal write()-able object gathering text into a list."""

    __slots__ = ('parts',)

    def __init__(self, parts):
        self.parts = parts

    def write(self, text):
        self.parts.append(text)


class PrettyPrinter:

    # Extension hook: maps a type's __repr__ function to a callable
    # f(printer, obj, stream, indent, allowance, context, level).
    _dispatch = {}

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """Handle pretty printing operations onto a stream using a set of
        configured parameters.

        indent: number of spaces to indent for each level of nesting.
        width: attempted maximum number of columns in the output.
        depth: the maximum depth to print out nested structures.
        stream: the desired output stream (default sys.stdout).
        compact: if true, several items will be combined in one line.
        sort_dicts: if true, dict keys are sorted.
        underscore_numbers: if true, digit groups of ints are separated
        by underscores.
        """
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # -- public API ---------------------------------------------------------

    def pprint(self, object):
        if self._stream is not None:
            parts = []
            self._lay(object, parts, 0, 0, {}, 0)
            parts.append('\n')
            self._stream.write(''.join(parts))

    def pformat(self, object):
        parts = []
        self._lay(object, parts, 0, 0, {}, 0)
        return ''.join(parts)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Return (representation, readable, recursive) for object;
        context holds the ids of the objects being formatted."""
        return self._flat(object, context, maxlevels, level)

    # -- single-line representation -----------------------------------------

    def _flat(self, obj, seen, maxlevels, level):
        cls = type(obj)
        if cls in _PLAIN_SCALARS:
            return repr(obj), True, False
        owner = _repr_owner(cls)
        if owner is int:
            if self._underscore_numbers:
                return '{:_d}'.format(obj), True, False
            return repr(obj), True, False
        if owner is dict:
            return self._flat_dict(obj, seen, maxlevels, level)
        if owner is list:
            return self._flat_seq(obj, seen, maxlevels, level, '[', ']')
        if owner is tuple:
            if len(obj) == 1:
                return self._flat_seq(obj, seen, maxlevels, level, '(', ',)')
            return self._flat_seq(obj, seen, maxlevels, level, '(', ')')
        text = repr(obj)
        return text, bool(text) and not text.startswith('<'), False

    def _flat_dict(self, obj, seen, maxlevels, level):
        if not obj:
            return '{}', True, False
        key = id(obj)
        if maxlevels and level >= maxlevels:
            return '{...}', False, key in seen
        if key in seen:
            return _marker(obj), False, True
        seen[key] = 1
        readable = True
        looped = False
        pairs = obj.items()
        if self._sort_dicts:
            pairs = sorted(pairs, key=_pair_key)
        shown = []
        for k, v in pairs:
            ktext, kread, kloop = self.format(k, seen, maxlevels, level + 1)
            vtext, vread, vloop = self.format(v, seen, maxlevels, level + 1)
            shown.append(ktext + ': ' + vtext)
            readable = readable and kread and vread
            looped = looped or kloop or vloop
        del seen[key]
        return '{' + ', '.join(shown) + '}', readable, looped

    def _flat_seq(self, obj, seen, maxlevels, level, opener, closer):
        if not obj:
            return opener + closer.lstrip(','), True, False
        key = id(obj)
        if maxlevels and level >= maxlevels:
            return opener + '...' + closer, False, key in seen
        if key in seen:
            return _marker(obj), False, True
        seen[key] = 1
        readable = True
        looped = False
        shown = []
        for item in obj:
            text, iread, iloop = self.format(item, seen, maxlevels, level + 1)
            shown.append(text)
            readable = readable and iread
            looped = looped or iloop
        del seen[key]
        return opener + ', '.join(shown) + closer, readable, looped

    def _one_line(self, obj, seen, level):
        return self.format(obj, dict(seen), self._depth, level)[0]

    # -- multi-line layout --------------------------------------------------
    #
    # _lay(obj, out, col, tail, seen, level) appends obj's layout to the
    # list `out`; `col` is the column where continuation lines start and
    # `tail` the number of characters that will follow obj on its last line.

    def _lay(self, obj, out, col, tail, seen, level):
        key = id(obj)
        if key in seen:
            out.append(_marker(obj))
            return
        text = self._one_line(obj, seen, level)
        if len(text) > self._width - col - tail:
            hook = self._dispatch.get(type(obj).__repr__) if self._dispatch else None
            if hook is not None:
                seen[key] = 1
                hook(self, obj, _Sink(out), col, tail, seen, level + 1)
                del seen[key]
                return
            handler = self._handler_for(obj)
            if handler is not None:
                seen[key] = 1
                handler(self, obj, out, col, tail, seen, level + 1)
                del seen[key]
                return
        out.append(text)

    def _handler_for(self, obj):
        cls = type(obj)
        owner = _repr_owner(cls)
        handler = _LAYOUTS.get(owner)
        if handler is not None:
            return handler
        if owner is not object and getattr(cls, '__dataclass_fields__', None) is not None:
            params = getattr(cls, '__dataclass_params__', None)
            if params is not None and params.repr and _generated_repr(cls):
                return PrettyPrinter._lay_dataclass
        return None

    def _items(self, values, out, col, tail, seen, level):
        """Lay out a run of values separated by commas, one per line (or,
        when compact, as many per line as fit)."""
        step = self._indent_per_level
        col += step
        if step > 1:
            out.append(' ' * (step - 1))
        newline = ',\n' + ' ' * col
        values = list(values)
        count = len(values)
        if not count:
            return
        if not self._compact:
            for pos, value in enumerate(values):
                if pos:
                    out.append(newline)
                last = pos == count - 1
                self._lay(value, out, col, tail if last else 1, seen, level)
            return
        full = self._width - col + 1
        free = full
        sep = ''
        for pos, value in enumerate(values):
            last = pos == count - 1
            if last:
                full -= tail
                free -= tail
            text = self._one_line(value, seen, level)
            need = len(text) + 2
            if free < need:
                free = full
                if sep:
                    sep = newline
            out.append(sep)
            if free >= need:
                free -= need
                out.append(text)
                sep = ', '
            else:
                sep = newline
                self._lay(value, out, col, tail if last else 1, seen, level)

    def _pairs(self, pairs, out, col, tail, seen, level, joiner, raw_keys):
        """Lay out key/value pairs one per line: 'key: value' for mappings
        (raw_keys false) or 'name=value' for attributes (raw_keys true)."""
        pairs = list(pairs)
        newline = ',\n' + ' ' * col
        last_pos = len(pairs) - 1
        for pos, (k, v) in enumerate(pairs):
            if pos:
                out.append(newline)
            ktext = k if raw_keys else self._one_line(k, seen, level)
            out.append(ktext)
            out.append(joiner)
            room = tail if pos == last_pos else 1
            if raw_keys and id(v) in seen:
                out.append('...')
            else:
                self._lay(v, out, col + len(ktext) + len(joiner), room, seen,
                          level)

    def _dict_body(self, obj, out, col, tail, seen, level, pairs=None):
        step = self._indent_per_level
        if step > 1:
            out.append(' ' * (step - 1))
        if pairs is None:
            pairs = obj.items()
            if self._sort_dicts:
                pairs = sorted(pairs, key=_pair_key)
        self._pairs(pairs, out, col + step, tail, seen, level, ': ', False)

    # -- per-type layouts (all take the level already increased) -----------

    def _lay_dict(self, obj, out, col, tail, seen, level):
        out.append('{')
        self._dict_body(obj, out, col, tail + 1, seen, level)
        out.append('}')

    def _lay_list(self, obj, out, col, tail, seen, level):
        out.append('[')
        self._items(obj, out, col, tail + 1, seen, level)
        out.append(']')

    def _lay_tuple(self, obj, out, col, tail, seen, level):
        closer = ',)' if len(obj) == 1 else ')'
        out.append('(')
        self._items(obj, out, col, tail + len(closer), seen, level)
        out.append(closer)

    def _lay_set(self, obj, out, col, tail, seen, level):
        if not len(obj):
            out.append(repr(obj))
            return
        cls = type(obj)
        if cls is set:
            opener, closer = '{', '}'
        else:
            opener, closer = cls.__name__ + '({', '})'
            col += len(cls.__name__) + 1
        out.append(opener)
        members = sorted(obj, key=_Orderable)
        self._items(members, out, col, tail + len(closer), seen, level)
        out.append(closer)

    def _lay_str(self, obj, out, col, tail, seen, level):
        if not len(obj):
            out.append(repr(obj))
            return
        wrap = level == 1
        if wrap:
            col += 1
            tail += 1
        room = self._width - col
        lines = obj.splitlines(True)
        chunks = []
        for pos, line in enumerate(lines):
            final = pos == len(lines) - 1
            whole = repr(line)
            if len(whole) <= (room - tail if final else room):
                chunks.append(whole)
                continue
            words = _WORDS.findall(line)
            if words and not words[-1]:
                words.pop()
            chunks.extend(_greedy(words, repr, room,
                                  room - tail if final else room))
        if len(chunks) == 1:
            out.append(repr(obj))
            return
        if wrap:
            out.append('(')
        out.append(('\n' + ' ' * col).join(chunks))
        if wrap:
            out.append(')')

    def _bytes_chunks(self, data, room, tail):
        quads = [data[i:i + 4] for i in range(0, len(data), 4)]
        # Only a final short group leaves room for what follows.
        last_room = room - tail if len(data) % 4 else room
        return list(_greedy(quads, repr, room, last_room))

    def _lay_bytes(self, obj, out, col, tail, seen, level):
        if len(obj) <= 4:
            out.append(repr(obj))
            return
        wrap = level == 1
        if wrap:
            col += 1
            tail += 1
            out.append('(')
        chunks = self._bytes_chunks(bytes(obj), self._width - col, tail)
        out.append(('\n' + ' ' * col).join(chunks))
        if wrap:
            out.append(')')

    def _lay_bytearray(self, obj, out, col, tail, seen, level):
        out.append('bytearray(')
        self._lay_bytes(bytes(obj), out, col + 10, tail + 1, seen, level + 1)
        out.append(')')

    def _lay_mappingproxy(self, obj, out, col, tail, seen, level):
        out.append('mappingproxy(')
        self._lay(obj.copy(), out, col + 13, tail + 1, seen, level)
        out.append(')')

    def _lay_namespace(self, obj, out, col, tail, seen, level):
        cls = type(obj)
        name = 'namespace' if cls is _types.SimpleNamespace else cls.__name__
        out.append(name + '(')
        # (CPython does not reserve room for the closing parenthesis here)
        self._pairs(obj.__dict__.items(), out, col + len(name) + 1, tail,
                    seen, level, '=', True)
        out.append(')')

    def _lay_dataclass(self, obj, out, col, tail, seen, level):
        import dataclasses
        name = type(obj).__name__
        pairs = [(f.name, getattr(obj, f.name))
                 for f in dataclasses.fields(obj) if f.repr]
        out.append(name + '(')
        self._pairs(pairs, out, col + len(name) + 1, tail, seen, level,
                    '=', True)
        out.append(')')

    def _lay_ordereddict(self, obj, out, col, tail, seen, level):
        if not len(obj):
            out.append(repr(obj))
            return
        name = type(obj).__name__
        out.append(name + '(')
        self._lay(list(obj.items()), out, col + len(name) + 1, tail + 1,
                  seen, level)
        out.append(')')

    def _lay_defaultdict(self, obj, out, col, tail, seen, level):
        if not len(obj):
            out.append(repr(obj))
            return
        name = type(obj).__name__
        factory = self._one_line(obj.default_factory, seen, level)
        col += len(name) + 1
        out.append('%s(%s,\n%s' % (name, factory, ' ' * col))
        self._lay_dict(obj, out, col, tail + 1, seen, level)
        out.append(')')

    def _lay_counter(self, obj, out, col, tail, seen, level):
        if not len(obj):
            out.append(repr(obj))
            return
        name = type(obj).__name__
        out.append(name + '({')
        self._dict_body(obj, out, col + len(name) + 1, tail + 2, seen, level,
                        obj.most_common())
        out.append('})')

    def _lay_chainmap(self, obj, out, col, tail, seen, level):
        maps = obj.maps
        if not maps:
            out.append(repr(obj))
            return
        name = type(obj).__name__
        col += len(name) + 1
        out.append(name + '(')
        for pos, mapping in enumerate(maps):
            if pos:
                out.append(',\n' + ' ' * col)
            last = pos == len(maps) - 1
            self._lay(mapping, out, col, tail + 1 if last else 1, seen, level)
        out.append(')')

    def _lay_deque(self, obj, out, col, tail, seen, level):
        if not len(obj):
            out.append(repr(obj))
            return
        name = type(obj).__name__
        col += len(name) + 1
        out.append(name + '([')
        if obj.maxlen is None:
            self._items(obj, out, col, tail + 2, seen, level)
            out.append('])')
        else:
            self._items(obj, out, col, 2, seen, level)
            out.append('],\n%smaxlen=%s)' % (
                ' ' * col, self._one_line(obj.maxlen, seen, level)))

    def _lay_user_wrapper(self, obj, out, col, tail, seen, level):
        self._lay(obj.data, out, col, tail, seen, level - 1)


def _generated_repr(cls):
    fn = cls.__repr__
    inner = getattr(fn, '__wrapped__', None)
    if inner is None:
        return False
    return getattr(inner, '__module__', None) == 'dataclasses' or \
        '__create_fn__' in getattr(inner, '__qualname__', '')


_LAYOUTS = {
    dict: PrettyPrinter._lay_dict,
    list: PrettyPrinter._lay_list,
    tuple: PrettyPrinter._lay_tuple,
    set: PrettyPrinter._lay_set,
    frozenset: PrettyPrinter._lay_set,
    str: PrettyPrinter._lay_str,
    bytes: PrettyPrinter._lay_bytes,
    bytearray: PrettyPrinter._lay_bytearray,
    _types.MappingProxyType: PrettyPrinter._lay_mappingproxy,
    _types.SimpleNamespace: PrettyPrinter._lay_namespace,
    _coll.OrderedDict: PrettyPrinter._lay_ordereddict,
    _coll.defaultdict: PrettyPrinter._lay_defaultdict,
    _coll.Counter: PrettyPrinter._lay_counter,
    _coll.ChainMap: PrettyPrinter._lay_chainmap,
    _coll.deque: PrettyPrinter._lay_deque,
}
for _name in ('UserDict', 'UserList', 'UserString'):
    _cls = getattr(_coll, _name, None)
    if _cls is not None:
        _LAYOUTS[_cls] = PrettyPrinter._lay_user_wrapper
del _name, _cls
