"""Unix shell-style filename matching (CPython 3.11's `fnmatch`).

Provides `fnmatch`, `fnmatchcase`, `filter` and `translate`.  The patterns
are `*` (anything), `?` (one character), `[seq]` and `[!seq]` (a character
class, ranges like `a-z` allowed, empty ranges dropped); everything else
matches itself.  `translate` gives the same regular expression text as
CPython 3.11 (atomic groups for the stars between two fixed parts), so
programs that print or compile it see the same thing.  Bytes names and
patterns are accepted by `fnmatch`, `fnmatchcase` and `filter` (matched
through their Latin-1 decoding).

Names are compared case-sensitively (POSIX `os.path.normcase` is the
identity); there is no Windows behaviour.
"""

import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}
_CACHE_MAX = 32768


def fnmatch(name, pat):
    """Tell whether `name` matches the shell pattern `pat` (after os.path.normcase)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _compile_pattern(pat):
    try:
        return _cache[pat]
    except KeyError:
        pass
    if isinstance(pat, bytes):
        regex = translate(str(pat, 'ISO-8859-1')).encode('ISO-8859-1')
    else:
        regex = translate(pat)
    match = re.compile(regex).match
    if len(_cache) >= _CACHE_MAX:
        _cache.clear()
    _cache[pat] = match
    return match


def filter(names, pat):
    """Return the list of the elements of `names` that match `pat`."""
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Tell whether `name` matches `pat`, always comparing case-sensitively."""
    return _compile_pattern(pat)(name) is not None


_STAR = object()


def _class_body(body):
    """The regex text of a class whose pattern text (between the brackets) is `body`."""
    # A leading '!' negates; the rest is split into single characters and
    # ranges (a '-' is a range operator only between two characters, and never
    # right after a range).  Empty ranges such as 'z-a' are dropped.
    items = []
    i, n = 0, len(body)
    if body[:1] == '!':
        items.append('!')
        i = 1
    while i < n:
        c = body[i]
        if i + 2 < n and body[i + 1] == '-':
            lo, hi = c, body[i + 2]
            if lo <= hi:
                items.append(_class_escape(lo) + '-' + _class_escape(hi))
            i += 3
        else:
            items.append(_class_escape(c))
            i += 1
    text = ''.join(items)
    # As in CPython, the negation test looks at the text left after dropping
    # empty ranges, so '[z-a!x]' means "neither ! nor x".
    if not text:
        return '(?!)'
    if text == '!':
        return '.'
    if text[0] == '!':
        text = '^' + text[1:]
    elif text[0] in '^[':
        text = '\\' + text
    for c in '&~|':
        text = text.replace(c, '\\' + c)
    return '[' + text + ']'


def _class_escape(c):
    if c == '\\' or c == '-':
        return '\\' + c
    return c


def translate(pat):
    """Return the regular expression text (a str) matching the shell pattern `pat`."""
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not _STAR:
                parts.append(_STAR)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            # The class runs to the first ']' that is not its first character
            # (a leading '!' does not count).
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            j = pat.find(']', j)
            if j < 0:
                parts.append('\\[')
            else:
                parts.append(_class_body(pat[i:j]))
                i = j + 1
        else:
            parts.append(re.escape(c))
    return '(?s:' + _join(parts) + ')\\Z'


def _join(parts):
    """Join the pieces of translate(): stars between fixed parts become atomic groups."""
    if _STAR not in parts:
        return ''.join(parts)
    first = parts.index(_STAR)
    out = [''.join(parts[:first])]
    segment = []
    for part in parts[first + 1:]:
        if part is _STAR:
            out.append('(?>.*?' + ''.join(segment) + ')')
            segment = []
        else:
            segment.append(part)
    out.append('.*' + ''.join(segment))
    return ''.join(out)
