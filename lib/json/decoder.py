"""JSON decoding (Taipan's `json.decoder`).

The scanner is written by hand over string indices (Taipan has no `re`
yet).  It follows the grammar and the error positions of CPython's C
scanner (`_json.c`), which is what CPython uses by default:

* a nested value that cannot start at some index raises
  `StopIteration(index)` out of `scan_once`; `raw_decode` turns that into
  `JSONDecodeError("Expecting value", doc, index)`;
* numbers use ASCII digits only; `1.` and `1e` stop before the `.`/`e`;
* `\\uXXXX` escapes of a high surrogate followed by a low one combine into
  one code point; lone surrogates are kept as they are.

String bodies are copied in runs between backslashes and quotes, found
with `str.find`, so long strings without escapes cost a few native calls.
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'
_HEXDIGITS = '0123456789abcdefABCDEF'


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

_BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}


def _skip_ws(s, idx):
    n = len(s)
    while idx < n and s[idx] in _WHITESPACE:
        idx += 1
    return idx


def _hex4(s, pos):
    """Value of the four hex digits at s[pos:pos+4], or -1."""
    chunk = s[pos:pos + 4]
    if len(chunk) != 4:
        return -1
    for c in chunk:
        if c not in _HEXDIGITS:
            return -1
    return int(chunk, 16)


def _first_control(chunk):
    """Index of the first character below U+0020 in chunk, or -1."""
    if not chunk or min(chunk) >= ' ':
        return -1
    i = 0
    for c in chunk:
        if c < ' ':
            return i
        i += 1
    return -1


def py_scanstring(s, end, strict=True):
    """Scan the string s for a JSON string.  End is the index of the
    character in s after the quote that started the JSON string.
    Unescapes all valid JSON string escape sequences and raises ValueError
    on attempt to decode an invalid string.  If strict is False then literal
    control characters are allowed in the string.

    Returns a tuple of the decoded string and the index of the character in s
    after the end quote."""
    begin = end - 1
    n = len(s)
    chunks = []
    append = chunks.append
    while True:
        q = s.find('"', end)
        b = s.find('\\', end, q if q >= 0 else n)
        stop = b if b >= 0 else q
        if stop < 0:
            # No closing quote: a control character before the end of the
            # document is still reported first.
            if strict:
                bad = _first_control(s[end:])
                if bad >= 0:
                    raise JSONDecodeError("Invalid control character at",
                                          s, end + bad)
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        chunk = s[end:stop]
        if strict:
            bad = _first_control(chunk)
            if bad >= 0:
                raise JSONDecodeError("Invalid control character at",
                                      s, end + bad)
        if chunk:
            append(chunk)
        if stop == q and b < 0:
            return ''.join(chunks), q + 1
        # A backslash escape at `stop`.
        nxt = stop + 1
        if nxt >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[nxt]
        if esc != 'u':
            c = _BACKSLASH.get(esc)
            if c is None:
                raise JSONDecodeError("Invalid \\escape", s, stop)
            append(c)
            end = nxt + 1
            continue
        # \uXXXX: the four digits must be followed by at least one character.
        if nxt + 5 >= n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, nxt)
        uni = _hex4(s, nxt + 1)
        if uni < 0:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, nxt)
        end = nxt + 5
        if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
            if end + 6 >= n:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, end + 1)
            uni2 = _hex4(s, end + 2)
            if uni2 < 0:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, end + 1)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        append(chr(uni))


scanstring = py_scanstring


def _match_number(s, idx):
    """End index of the JSON number starting at idx and whether it is a
    float, or (-1, False) when no number starts there."""
    n = len(s)
    i = idx
    if i < n and s[i] == '-':
        i += 1
    if i >= n:
        return -1, False
    c = s[i]
    if c == '0':
        i += 1
    elif '1' <= c <= '9':
        i += 1
        while i < n and s[i] in _DIGITS:
            i += 1
    else:
        return -1, False
    is_float = False
    if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
        i += 2
        while i < n and s[i] in _DIGITS:
            i += 1
        is_float = True
    if i + 1 < n and s[i] in 'eE':
        e = i + 1
        if e + 1 < n and s[e] in '+-':
            e += 1
        j = e
        while j < n and s[j] in _DIGITS:
            j += 1
        if j > e:
            i = j
            is_float = True
    return i, is_float


class _Scanner:
    """The `scan_once` callable of a JSONDecoder: scans one JSON value at
    an index and returns (value, end index)."""

    def __init__(self, context):
        self.strict = context.strict
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        self.memo = {}

    def __call__(self, string, idx):
        try:
            return self._scan(string, idx)
        finally:
            self.memo.clear()

    def _scan(self, s, idx):
        if idx < 0:
            raise ValueError("idx cannot be negative")
        n = len(s)
        if idx >= n:
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return scanstring(s, idx + 1, self.strict)
        if c == '{':
            return self._object(s, idx + 1)
        if c == '[':
            return self._array(s, idx + 1)
        if c == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        if c == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        if c == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        if c == 'N' and s[idx:idx + 3] == 'NaN':
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s[idx:idx + 8] == 'Infinity':
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s[idx:idx + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), idx + 9
        end, is_float = _match_number(s, idx)
        if end < 0:
            raise StopIteration(idx)
        text = s[idx:end]
        if is_float:
            return self.parse_float(text), end
        return self.parse_int(text), end

    def _object(self, s, idx):
        n = len(s)
        pairs = []
        memo = self.memo
        idx = _skip_ws(s, idx)
        if idx >= n or s[idx] != '}':
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError(
                        "Expecting property name enclosed in double quotes",
                        s, idx)
                key, idx = scanstring(s, idx + 1, self.strict)
                key = memo.setdefault(key, key)
                idx = _skip_ws(s, idx)
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1)
                value, idx = self._scan(s, idx)
                pairs.append((key, value))
                idx = _skip_ws(s, idx)
                if idx < n and s[idx] == '}':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), idx + 1
        obj = dict(pairs)
        if self.object_hook is not None:
            obj = self.object_hook(obj)
        return obj, idx + 1

    def _array(self, s, idx):
        n = len(s)
        values = []
        idx = _skip_ws(s, idx)
        if idx >= n or s[idx] != ']':
            while True:
                value, idx = self._scan(s, idx)
                values.append(value)
                idx = _skip_ws(s, idx)
                if idx < n and s[idx] == ']':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1)
        return values, idx + 1


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder

    Performs the following translations in decoding by default:

    +---------------+-------------------+
    | JSON          | Python            |
    +===============+===================+
    | object        | dict              |
    +---------------+-------------------+
    | array         | list              |
    +---------------+-------------------+
    | string        | str               |
    +---------------+-------------------+
    | number (int)  | int               |
    +---------------+-------------------+
    | number (real) | float             |
    +---------------+-------------------+
    | true          | True              |
    +---------------+-------------------+
    | false         | False             |
    +---------------+-------------------+
    | null          | None              |
    +---------------+-------------------+

    It also understands ``NaN``, ``Infinity``, and ``-Infinity`` as
    their corresponding ``float`` values, which is outside the JSON spec.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}
        self.scan_once = _Scanner(self)

    def decode(self, s):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document)."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.
        """
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
