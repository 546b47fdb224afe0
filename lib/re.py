"""Regular expressions (CPython 3.11's `re` interface).

The engine, `Pattern` and `Match` are native (`_re`, interp/src/modules/re.rs
over interp/src/regex/); this file holds what is easier in Python: the flag
type, the `error` exception, the module-level functions and the cache of
compiled patterns.
"""
import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


# --- Flags ---

# Members in definition order (the order of names in a combined repr).
_FLAG_MEMBERS = [
    ("NOFLAG", 0), ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4),
    ("UNICODE", 32), ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64),
    ("TEMPLATE", 1), ("DEBUG", 128),
]
_FLAG_ALL = 256 | 2 | 4 | 32 | 8 | 16 | 64 | 1 | 128


class RegexFlag(int):
    """An int whose repr names the `re` flags it holds (like enum.IntFlag)."""

    __slots__ = ()

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def _names(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = []
        rest = v
        for name, bit in _FLAG_MEMBERS:
            if bit and v & bit:
                parts.append("re." + name)
                rest &= ~bit
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    def __repr__(self):
        return self._names()

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return int.__format__(int(self), spec)
        return self._names()

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_FLAG_ALL & ~int(self))

    def __contains__(self, other):
        return int(other) & int(self) == int(other)

    def __iter__(self):
        v = int(self)
        for name, bit in _FLAG_MEMBERS:
            if bit and v & bit:
                yield RegexFlag(bit)

    def __reduce__(self):
        return (RegexFlag, (int(self),))


for _name, _bit in _FLAG_MEMBERS:
    setattr(RegexFlag, _name, RegexFlag(_bit))
RegexFlag.A = RegexFlag.ASCII
RegexFlag.I = RegexFlag.IGNORECASE
RegexFlag.L = RegexFlag.LOCALE
RegexFlag.U = RegexFlag.UNICODE
RegexFlag.M = RegexFlag.MULTILINE
RegexFlag.S = RegexFlag.DOTALL
RegexFlag.X = RegexFlag.VERBOSE
RegexFlag.T = RegexFlag.TEMPLATE
del _name, _bit

NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG


# --- The exception ---

class error(Exception):
    """Raised for an invalid pattern or template.

    Attributes: msg (the bare message), pattern, pos (index in the pattern),
    lineno and colno (1-based line and column of pos).
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        if pattern is not None and pos is not None:
            nl = "\n" if isinstance(pattern, str) else b"\n"
            line_start = pattern.rfind(nl, 0, pos) + 1
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - line_start + 1
            msg = "%s at position %d" % (msg, pos)
            if nl in pattern:
                msg += " (line %d, column %d)" % (self.lineno, self.colno)
        Exception.__init__(self, msg)


error.__module__ = "re"
_re.error = error

Pattern = _re.Pattern
Match = _re.Match


# --- Module functions ---

def match(pattern, string, flags=0):
    """Match the pattern at the start of the string; a Match or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Match the pattern against the whole string; a Match or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Find the first match of the pattern anywhere; a Match or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Replace non-overlapping matches with repl (a template or a function)."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub, returning (new_string, number_of_substitutions)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the string at matches; captured groups are kept."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """All non-overlapping matches, as strings or tuples of groups."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects over all non-overlapping matches."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    """Compile a pattern into a Pattern object."""
    return _compile(pattern, flags)


def purge():
    """Clear the cache of compiled patterns."""
    _cache.clear()


def template(pattern, flags=0):
    """Compile a template pattern (deprecated), returning a Pattern."""
    return _compile(pattern, flags | T)


_SPECIAL = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """Escape the characters that are special in patterns."""
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL)
    pattern = str(pattern, "latin1")
    return pattern.translate(_SPECIAL).encode("latin1")


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = _re.compile(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[key] = p
    return p
