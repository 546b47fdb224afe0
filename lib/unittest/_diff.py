"""A line diff in the format of CPython's difflib.ndiff, and a small
pretty-printer standing in for pprint.pformat, for the failure messages
of assertEqual on sequences, dicts and strings (unittest itself does not
use difflib or pprint).  pformat covers lists, tuples, dicts and sets;
other long reprs (long strings) stay on one line, where pprint would
split them."""

__unittest = True


def _is_char_junk(ch):
    return ch in " \t"


class _Matcher:
    """Longest-common-block matching as difflib.SequenceMatcher does it
    (same junk and popular-element rules), for two sequences."""

    def __init__(self, isjunk, a, b):
        self.a = a
        self.b = b
        positions = {}
        for i, elt in enumerate(b):
            positions.setdefault(elt, []).append(i)
        self.junk = set()
        if isjunk:
            for elt in list(positions):
                if isjunk(elt):
                    self.junk.add(elt)
                    del positions[elt]
        n = len(b)
        if n >= 200:
            limit = n // 100 + 1
            for elt in [e for e, idx in positions.items() if len(idx) > limit]:
                del positions[elt]
        self.positions = positions
        self._blocks = None

    def longest(self, alo, ahi, blo, bhi):
        a, b, junk = self.a, self.b, self.junk
        besti, bestj, bestsize = alo, blo, 0
        runs = {}
        for i in range(alo, ahi):
            new_runs = {}
            for j in self.positions.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = new_runs[j] = runs.get(j - 1, 0) + 1
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            runs = new_runs
        for want_junk in (False, True):
            while (besti > alo and bestj > blo and (b[bestj - 1] in junk) == want_junk
                   and a[besti - 1] == b[bestj - 1]):
                besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
            while (besti + bestsize < ahi and bestj + bestsize < bhi
                   and (b[bestj + bestsize] in junk) == want_junk
                   and a[besti + bestsize] == b[bestj + bestsize]):
                bestsize += 1
        return besti, bestj, bestsize

    def blocks(self):
        if self._blocks is not None:
            return self._blocks
        found = []
        todo = [(0, len(self.a), 0, len(self.b))]
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, k = self.longest(alo, ahi, blo, bhi)
            if k:
                found.append((i, j, k))
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in found:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append((i1, j1, k1))
        merged.append((len(self.a), len(self.b), 0))
        self._blocks = merged
        return merged

    def opcodes(self):
        i = j = 0
        out = []
        for ai, bj, size in self.blocks():
            tag = ""
            if i < ai and j < bj:
                tag = "replace"
            elif i < ai:
                tag = "delete"
            elif j < bj:
                tag = "insert"
            if tag:
                out.append((tag, i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                out.append(("equal", ai, i, bj, j))
        return out

    def ratio(self):
        matches = sum(k for _, _, k in self.blocks())
        total = len(self.a) + len(self.b)
        return 2.0 * matches / total if total else 1.0

    def quick_ratio(self):
        avail = {}
        for elt in self.b:
            avail[elt] = avail.get(elt, 0) + 1
        matches = 0
        for elt in self.a:
            if avail.get(elt, 0) > 0:
                avail[elt] -= 1
                matches += 1
        total = len(self.a) + len(self.b)
        return 2.0 * matches / total if total else 1.0

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        total = la + lb
        return 2.0 * min(la, lb) / total if total else 1.0


def _dump(tag, x, lo, hi):
    for i in range(lo, hi):
        yield "%s %s" % (tag, x[i])


def _plain_replace(a, alo, ahi, b, blo, bhi):
    if bhi - blo < ahi - alo:
        yield from _dump("+", b, blo, bhi)
        yield from _dump("-", a, alo, ahi)
    else:
        yield from _dump("-", a, alo, ahi)
        yield from _dump("+", b, blo, bhi)


def _keep_ws(line, tags):
    return "".join(c if t == " " and c.isspace() else t for c, t in zip(line, tags))


def _fancy_replace(a, alo, ahi, b, blo, bhi):
    best_ratio, cutoff = 0.74, 0.75
    best_i = best_j = None
    eqi = eqj = None
    for j in range(blo, bhi):
        bj = b[j]
        for i in range(alo, ahi):
            ai = a[i]
            if ai == bj:
                if eqi is None:
                    eqi, eqj = i, j
                continue
            m = _Matcher(_is_char_junk, ai, bj)
            if (m.real_quick_ratio() > best_ratio and m.quick_ratio() > best_ratio
                    and m.ratio() > best_ratio):
                best_ratio, best_i, best_j = m.ratio(), i, j
    if best_ratio < cutoff:
        if eqi is None:
            yield from _plain_replace(a, alo, ahi, b, blo, bhi)
            return
        best_i, best_j = eqi, eqj
    else:
        eqi = None
    yield from _fancy_helper(a, alo, best_i, b, blo, best_j)
    aelt, belt = a[best_i], b[best_j]
    if eqi is None:
        atags = btags = ""
        for tag, i1, i2, j1, j2 in _Matcher(_is_char_junk, aelt, belt).opcodes():
            la, lb = i2 - i1, j2 - j1
            if tag == "replace":
                atags += "^" * la
                btags += "^" * lb
            elif tag == "delete":
                atags += "-" * la
            elif tag == "insert":
                btags += "+" * lb
            else:
                atags += " " * la
                btags += " " * lb
        atags = _keep_ws(aelt, atags).rstrip()
        btags = _keep_ws(belt, btags).rstrip()
        yield "- " + aelt
        if atags:
            yield "? %s\n" % atags
        yield "+ " + belt
        if btags:
            yield "? %s\n" % btags
    else:
        yield "  " + aelt
    yield from _fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)


def _fancy_helper(a, alo, ahi, b, blo, bhi):
    if alo < ahi:
        if blo < bhi:
            yield from _fancy_replace(a, alo, ahi, b, blo, bhi)
        else:
            yield from _dump("-", a, alo, ahi)
    elif blo < bhi:
        yield from _dump("+", b, blo, bhi)


def ndiff(a, b):
    """The lines of difflib.ndiff(a, b) (no line junk, blanks and tabs
    as character junk)."""
    for tag, alo, ahi, blo, bhi in _Matcher(None, a, b).opcodes():
        if tag == "replace":
            yield from _fancy_replace(a, alo, ahi, b, blo, bhi)
        elif tag == "delete":
            yield from _dump("-", a, alo, ahi)
        elif tag == "insert":
            yield from _dump("+", b, blo, bhi)
        else:
            yield from _dump(" ", a, alo, ahi)


def _sorted_items(d):
    items = list(d.items())
    try:
        return sorted(items, key=lambda kv: kv[0])
    except TypeError:
        return sorted(items, key=lambda kv: (str(type(kv[0])), repr(kv[0])))


def _flat(obj):
    """repr, with dict keys sorted as pprint shows them."""
    if type(obj) is dict:
        if not obj:
            return "{}"
        return "{%s}" % ", ".join("%s: %s" % (_flat(k), _flat(v)) for k, v in _sorted_items(obj))
    if type(obj) is list:
        return "[%s]" % ", ".join(_flat(x) for x in obj)
    if type(obj) is tuple:
        if len(obj) == 1:
            return "(%s,)" % _flat(obj[0])
        return "(%s)" % ", ".join(_flat(x) for x in obj)
    return repr(obj)


def _format(obj, indent, allowance, width):
    text = _flat(obj)
    if len(text) <= width - indent - allowance:
        return text
    t = type(obj)
    if t is list or t is tuple:
        if not obj:
            return text
        open_, close = ("[", "]") if t is list else ("(", ")")
        if t is tuple and len(obj) == 1:
            close = ",)"
        parts = []
        last = len(obj) - 1
        for i, item in enumerate(obj):
            extra = len(close) if i == last else 1
            parts.append(_format(item, indent + 1, allowance if i != last else allowance + extra - 1 + 1, width))
        sep = ",\n" + " " * (indent + 1)
        return open_ + sep.join(parts) + close
    if t is dict:
        if not obj:
            return text
        items = _sorted_items(obj)
        parts = []
        last = len(items) - 1
        for i, (k, v) in enumerate(items):
            krepr = _flat(k)
            vind = indent + 1 + len(krepr) + 2
            parts.append(krepr + ": " + _format(v, vind, allowance + 1 if i == last else 1, width))
        sep = ",\n" + " " * (indent + 1)
        return "{" + sep.join(parts) + "}"
    return text


def pformat(obj, width=80):
    return _format(obj, 0, 0, width)
