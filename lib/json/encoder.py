"""JSON encoding (Taipan's `json.encoder`).

`JSONEncoder.iterencode` yields the document in chunks, as CPython's pure
Python encoder does; `encode` joins them.  Error messages are CPython's:
with `indent=None` CPython uses its C encoder, whose out-of-range-float
message has no `: repr` suffix, so the encoder here reproduces both.

Strings are escaped character by character only when they need it: a
string whose characters all lie between ' ' and '~' and that holds no
quote or backslash is copied as it is (checked with native `min`/`max`).
"""

__all__ = ['JSONEncoder']

INFINITY = float('inf')

_ESCAPES = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i


def py_encode_basestring(s):
    """Return a JSON representation of a Python string"""
    if not s:
        return '""'
    if min(s) >= ' ' and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    parts = ['"']
    append = parts.append
    get = _ESCAPES.get
    for c in s:
        append(get(c, c))
    append('"')
    return ''.join(parts)


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    if not s:
        return '""'
    if min(s) >= ' ' and max(s) <= '~' and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    parts = ['"']
    append = parts.append
    get = _ESCAPES.get
    for c in s:
        if ' ' <= c <= '~':
            if c == '"' or c == '\\':
                append(_ESCAPES[c])
            else:
                append(c)
            continue
        e = get(c)
        if e is not None:
            append(e)
            continue
        n = ord(c)
        if n < 0x10000:
            append('\\u{0:04x}'.format(n))
        else:
            n -= 0x10000
            append('\\u{0:04x}\\u{1:04x}'.format(0xd800 | ((n >> 10) & 0x3ff),
                                                0xdc00 | (n & 0x3ff)))
    append('"')
    return ''.join(parts)


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    Supports the following objects and types by default:

    +-------------------+---------------+
    | Python            | JSON          |
    +===================+===============+
    | dict              | object        |
    +-------------------+---------------+
    | list, tuple       | array         |
    +-------------------+---------------+
    | str               | string        |
    +-------------------+---------------+
    | int, float        | number        |
    +-------------------+---------------+
    | True              | true          |
    +-------------------+---------------+
    | False             | false         |
    +-------------------+---------------+
    | None              | null          |
    +-------------------+---------------+

    To extend this to recognize other objects, subclass and implement a
    ``.default()`` method with another method that returns a serializable
    object for ``o`` if possible, otherwise it should call the superclass
    implementation (to raise ``TypeError``).
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure.

        >>> from json.encoder import JSONEncoder
        >>> JSONEncoder().encode({"foo": ["bar", "baz"]})
        '{"foo": ["bar", "baz"]}'

        """
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string
        representation as available.

        For example::

            for chunk in JSONEncoder().iterencode(bigobject):
                mysocket.write(chunk)

        """
        if _one_shot:
            out = []
            _Encoder(self, _one_shot).encode(o, 0, out.append)
            return out
        return self._iterencode(o)

    def _iterencode(self, o):
        out = []
        _Encoder(self, False).encode(o, 0, out.append)
        yield from out


class _Encoder:
    """One encoding run: the settings of a JSONEncoder, the circular
    reference markers and the recursive walk."""

    def __init__(self, enc, one_shot):
        self.markers = {} if enc.check_circular else None
        self.default = enc.default
        self.encode_str = (encode_basestring_ascii if enc.ensure_ascii
                           else encode_basestring)
        self.allow_nan = enc.allow_nan
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.key_separator = enc.key_separator
        self.item_separator = enc.item_separator
        self.sort_keys = enc.sort_keys
        self.skipkeys = enc.skipkeys
        # CPython encodes with its C encoder when indent is None.
        self.c_messages = enc.indent is None

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            if self.c_messages:
                raise ValueError(
                    "Out of range float values are not JSON compliant")
            raise ValueError(
                "Out of range float values are not JSON compliant: " +
                repr(o))
        return text

    def mark(self, o):
        markers = self.markers
        if markers is not None:
            marker = id(o)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = o
            return marker
        return None

    def unmark(self, marker):
        if marker is not None:
            del self.markers[marker]

    def encode(self, o, level, out):
        if isinstance(o, str):
            out(self.encode_str(o))
        elif o is None:
            out('null')
        elif o is True:
            out('true')
        elif o is False:
            out('false')
        elif isinstance(o, int):
            out(int.__repr__(o))
        elif isinstance(o, float):
            out(self.floatstr(o))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level, out)
        elif isinstance(o, dict):
            self.encode_dict(o, level, out)
        else:
            marker = self.mark(o)
            self.encode(self.default(o), level, out)
            self.unmark(marker)

    def encode_list(self, lst, level, out):
        if not lst:
            out('[]')
            return
        marker = self.mark(lst)
        indent = self.indent
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            separator = self.item_separator + newline_indent
            out('[' + newline_indent)
        else:
            newline_indent = None
            separator = self.item_separator
            out('[')
        first = True
        for value in lst:
            if first:
                first = False
            else:
                out(separator)
            self.encode(value, level, out)
        if newline_indent is not None:
            level -= 1
            out('\n' + indent * level)
        out(']')
        self.unmark(marker)

    def encode_dict(self, dct, level, out):
        if not dct:
            out('{}')
            return
        marker = self.mark(dct)
        indent = self.indent
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            item_separator = self.item_separator + newline_indent
            out('{' + newline_indent)
        else:
            newline_indent = None
            item_separator = self.item_separator
            out('{')
        if self.sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                out(item_separator)
            out(self.encode_str(key))
            out(self.key_separator)
            self.encode(value, level, out)
        if newline_indent is not None:
            level -= 1
            out('\n' + indent * level)
        out('}')
        self.unmark(marker)
