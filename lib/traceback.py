"""Extracting, formatting and printing tracebacks (a subset of CPython's
traceback module).

FrameSummary / StackSummary, extract_tb, extract_stack, walk_tb,
format_list, format_tb, format_stack, format_exception_only,
format_exception, format_exc, print_tb, print_exception, print_exc,
print_last, print_stack.  Chained exceptions print as the interpreter
prints an uncaught exception, exception groups as nested boxes;
`__notes__` follow the exception line.
Position-indicator (caret) lines are not produced here.
"""
import sys

__all__ = ["extract_stack", "extract_tb", "format_exception",
           "format_exception_only", "format_list", "format_stack",
           "format_tb", "print_exc", "format_exc", "print_exception",
           "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "walk_stack", "walk_tb"]

_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")

_source_cache = {}


def _getline(filename, lineno):
    lines = _source_cache.get(filename)
    if lines is None:
        try:
            with open(filename) as f:
                lines = f.read().split("\n")
        except Exception:
            lines = []
        _source_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


class FrameSummary:
    """One frame of a traceback: filename, lineno, name and source line."""

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.locals = None if locals is None else {k: repr(v) for k, v in locals.items()}
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _getline(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


def walk_tb(tb):
    """Yields (frame, lineno) for each entry of a traceback chain."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """Yields (frame, lineno) from f (default: the caller) outwards."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        result = klass()
        items = list(frame_gen)
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            if limit >= 0:
                items = items[:limit]
            else:
                items = items[limit:]
        for f, lineno in items:
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name,
                                       lookup_line=lookup_lines))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append("    {}\n".format(frame_summary.line.strip()))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append("    {name} = {value}\n".format(name=name, value=value))
        return "".join(row)

    def format(self):
        result = []
        last_file = last_line = last_name = None
        count = 0
        for fs in self:
            if (last_file is None or last_file != fs.filename or last_line is None
                    or last_line != fs.lineno or last_name is None or last_name != fs.name):
                if count > 3:
                    count -= 3
                    result.append("  [Previous line repeated {} more time{}]\n".format(
                        count, "s" if count > 1 else ""))
                last_file, last_line, last_name = fs.filename, fs.lineno, fs.name
                count = 0
            count += 1
            if count > 3:
                continue
            result.append(self.format_frame_summary(fs))
        if count > 3:
            count -= 3
            result.append("  [Previous line repeated {} more time{}]\n".format(
                count, "s" if count > 1 else ""))
        return result


def extract_tb(tb, limit=None):
    return StackSummary.extract(walk_tb(tb), limit=limit)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except Exception:
        return f"<{what} {func.__name__}() failed>"


def _type_name(etype):
    qualname = getattr(etype, "__qualname__", None) or getattr(etype, "__name__", "?")
    mod = getattr(etype, "__module__", None)
    if mod not in ("__main__", "builtins", None):
        qualname = mod + "." + qualname
    return qualname


def _sentinel_args(exc, value):
    # format_exception_only(exc) / (type, value) forms of the 3.10+ API.
    if value is _sentinel:
        if isinstance(exc, BaseException) or exc is None:
            return (type(exc) if exc is not None else None), exc
        return exc, None
    return exc, value


_sentinel = object()


def format_exception_only(exc, /, value=_sentinel):
    """The final line(s) of a formatted exception: 'Type: message' and notes."""
    etype, value = _sentinel_args(exc, value)
    if etype is None and value is None:
        return ["NoneType: None\n"]
    if value is None:
        return [_type_name(etype) + "\n"]
    etype = type(value)
    stype = _type_name(etype)
    lines = []
    if issubclass(etype, SyntaxError):
        lines.extend(_format_syntax_error(value, stype))
    else:
        msg = _safe_string(value, "exception")
        if msg:
            lines.append(f"{stype}: {msg}\n")
        else:
            lines.append(f"{stype}\n")
    notes = getattr(value, "__notes__", None)
    if notes is not None:
        if isinstance(notes, (list, tuple)):
            for note in notes:
                note = _safe_string(note, "note")
                lines.extend(l + "\n" for l in note.split("\n"))
        else:
            lines.append(_safe_string(notes, "__notes__", func=repr) + "\n")
    return lines


def _format_syntax_error(value, stype):
    lines = []
    filename = value.filename
    lineno = value.lineno
    if filename is not None or lineno is not None:
        filename = filename or "<string>"
        lines.append('  File "{}", line {}\n'.format(filename, lineno))
    text = value.text
    if text is not None:
        rtext = text.rstrip("\n")
        ltext = rtext.lstrip(" \n\f")
        spaces = len(rtext) - len(ltext)
        lines.append("    {}\n".format(ltext))
        offset = value.offset
        end_offset = getattr(value, "end_offset", None)
        if offset is not None:
            if end_offset is None or end_offset <= offset or getattr(value, "end_lineno", lineno) != lineno:
                end_offset = offset + 1
            caret_space = " " * max(0, offset - 1 - spaces)
            lines.append("    {}{}\n".format(caret_space, "^" * (end_offset - offset)))
    msg = value.msg or "<no detail available>"
    lines.append("{}: {}\n".format(stype, msg))
    return lines


class _PrintContext:
    """Where the formatter is inside nested exception groups (PEP 654)."""

    def __init__(self):
        self.seen = set()
        self.depth = 0
        self.need_close = False

    def indent(self):
        return " " * (2 * self.depth)

    def emit(self, out, text, margin_char=None):
        prefix = self.indent()
        if self.depth:
            prefix += (margin_char or "|") + " "
        for chunk in ([text] if isinstance(text, str) else text):
            out.append("".join(prefix + l for l in chunk.splitlines(True)))


_MAX_GROUP_WIDTH = 15
_MAX_GROUP_DEPTH = 10


def _format_recursive(value, tb, limit, chain, ctx, out):
    """CPython's TracebackException.format: the chain before `value`, then
    `value` (an exception group as nested numbered sections)."""
    chain_parts = []
    cur, cur_tb = value, tb
    while True:
        ctx.seen.add(id(cur))
        nxt = msg = None
        if chain:
            cause, context = cur.__cause__, cur.__context__
            if cause is not None and id(cause) not in ctx.seen:
                nxt, msg = cause, _cause_message
            elif (context is not None and not cur.__suppress_context__
                  and id(context) not in ctx.seen):
                nxt, msg = context, _context_message
        chain_parts.append((msg, cur, cur_tb))
        if nxt is None:
            break
        cur, cur_tb = nxt, nxt.__traceback__
    for msg, exc, etb in reversed(chain_parts):
        if msg is not None:
            ctx.emit(out, msg)
        if not isinstance(exc, BaseExceptionGroup):
            stack = format_tb(etb, limit=limit) if etb is not None else []
            if stack:
                ctx.emit(out, "Traceback (most recent call last):\n")
                ctx.emit(out, stack)
            ctx.emit(out, format_exception_only(type(exc), exc))
        elif ctx.depth > _MAX_GROUP_DEPTH:
            ctx.emit(out, f"... (max_group_depth is {_MAX_GROUP_DEPTH})\n")
        else:
            _format_group(exc, etb, limit, chain, ctx, out)


def _format_group(exc, etb, limit, chain, ctx, out):
    toplevel = ctx.depth == 0
    if toplevel:
        ctx.depth += 1
    stack = format_tb(etb, limit=limit) if etb is not None else []
    if stack:
        ctx.emit(out, "Exception Group Traceback (most recent call last):\n",
                 margin_char="+" if toplevel else None)
        ctx.emit(out, stack)
    ctx.emit(out, format_exception_only(type(exc), exc))
    excs = exc.exceptions
    n = min(len(excs), _MAX_GROUP_WIDTH + 1)
    ctx.need_close = False
    for i in range(n):
        last = i == n - 1
        if last:
            # A nested group may write the closing line itself.
            ctx.need_close = True
        truncated = i >= _MAX_GROUP_WIDTH
        title = "..." if truncated else f"{i + 1}"
        out.append(ctx.indent() + ("+-" if i == 0 else "  ")
                   + f"+---------------- {title} ----------------\n")
        ctx.depth += 1
        if truncated:
            remaining = len(excs) - _MAX_GROUP_WIDTH
            plural = "s" if remaining > 1 else ""
            ctx.emit(out, f"and {remaining} more exception{plural}\n")
        else:
            sub = excs[i]
            _format_recursive(sub, sub.__traceback__, limit, chain, ctx, out)
        if last and ctx.need_close:
            out.append(ctx.indent() + "+------------------------------------\n")
            ctx.need_close = False
        ctx.depth -= 1
    if toplevel:
        ctx.depth = 0


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of a full traceback, as printed for an uncaught exception;
    exception groups (PEP 654) as nested boxes."""
    if value is _sentinel:
        value = exc
        if tb is _sentinel:
            tb = getattr(exc, "__traceback__", None)
    elif tb is _sentinel:
        tb = getattr(value, "__traceback__", None)
    if value is None:
        return ["NoneType: None\n"]
    out = []
    _format_recursive(value, tb, limit, chain, _PrintContext(), out)
    return out


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit=limit, file=file, chain=chain)


def clear_frames(tb):
    pass
