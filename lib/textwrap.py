"""Text wrapping and filling (Taipan's `textwrap`).

CPython splits text into chunks with a regular expression (`wordsep_re`);
Taipan has no `re` yet, so `_split` below is a hand-written scanner that
makes the same choices the expression makes:

* a run of whitespace is one chunk;
* a run of two or more hyphens between a "word-punctuation" character
  (`\\w` or one of ``!"'&.,?``) and a word character is an em-dash chunk;
* otherwise a chunk runs to the next whitespace, or ends after a hyphen
  that has two letters (or letter-hyphen-letter) before it and a letter
  (optionally hyphen-joined to another) after it, or ends before an
  em-dash.

`\\w` is `str.isalnum()` or `_`, and a letter is a `\\w` that is not a
decimal digit, as in `re`'s Unicode classes.  The class attributes
`wordsep_re`, `wordsep_simple_re` and `sentence_end_re` (compiled
patterns in CPython) do not exist here.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Hardcode the recognized whitespace characters to the US-ASCII
# whitespace characters.  The main reason for doing this is that
# some Unicode spaces (like \u00a0) are non-breaking whitespaces.
_whitespace = '\t\n\x0b\x0c\r '


# --- Character classes of CPython's wordsep_re ---

def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return c.isalnum() or c in '_!"\'&.,?'


def _emdash_at(text, i, n):
    """True when text[i:] starts with two or more hyphens followed by a
    word character."""
    j = i
    while j < n and text[j] == '-':
        j += 1
    return j - i >= 2 and j < n and _is_word(text[j])


def _split_words(text):
    """Chunks of text as CPython's TextWrapper.wordsep_re splits it."""
    ws = _whitespace
    n = len(text)
    chunks = []
    i = 0
    while i < n:
        c = text[i]
        if c in ws:
            j = i + 1
            while j < n and text[j] in ws:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if c == '-' and i > 0 and _is_word_punct(text[i - 1]) \
                and _emdash_at(text, i, n):
            j = i
            while text[j] == '-':
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # A word: the shortest run of non-whitespace that ends at a place
        # one of the three alternatives accepts.
        j = i + 1
        while True:
            if j >= n or text[j] in ws:
                break
            d = text[j]
            if d == '-':
                # Hyphenated word: "xy-" or "x-y-" before, "z" or "z-z" after.
                before = ((j >= 2 and _is_letter(text[j - 2]) and
                           _is_letter(text[j - 1])) or
                          (j >= 3 and _is_letter(text[j - 3]) and
                           text[j - 2] == '-' and _is_letter(text[j - 1])))
                if before and j + 1 < n and _is_letter(text[j + 1]) and (
                        (j + 2 < n and _is_letter(text[j + 2])) or
                        (j + 3 < n and text[j + 2] == '-' and
                         _is_letter(text[j + 3]))):
                    j += 1
                    break
                if _is_word_punct(text[j - 1]) and _emdash_at(text, j, n):
                    break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_whitespace(text):
    """Chunks of text split at (and keeping) runs of whitespace."""
    ws = _whitespace
    n = len(text)
    chunks = []
    i = 0
    while i < n:
        inside = text[i] in ws
        j = i + 1
        while j < n and (text[j] in ws) == inside:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """CPython's sentence_end_re: a lowercase ASCII letter, then . ! or ?,
    then an optional quote, at the end of the chunk."""
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?' and
            'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """
    Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override in order to tweak the default behaviour.
    If you want to completely replace the main wrapping algorithm,
    you'll probably have to override _wrap_chunks().

    Several instance attributes control various aspects of wrapping:
      width (default: 70)
      initial_indent (default: "")
      subsequent_indent (default: "")
      expand_tabs (default: true)
      replace_whitespace (default: true)
      fix_sentence_endings (default: false)
      break_long_words (default: true)
      drop_whitespace (default: true)
      break_on_hyphens (default: true)
      tabsize (default: 8)
      max_lines (default: None)
      placeholder (default: ' [...]')
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- Private methods -----------------------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs and turn every other whitespace character into a
        space, as the options say."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text into indivisible chunks (words, whitespace runs
        and, with break_on_hyphens, the parts of hyphenated words)."""
        if self.break_on_hyphens is True:
            chunks = _split_words(text)
        else:
            chunks = _split_whitespace(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        """Make the single space after a sentence end two spaces."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put as much of a chunk longer than a line onto the current line
        as fits (or all of it on an empty line when long words are not
        broken)."""
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len

        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer breaking after the last hyphen that fits, unless
                # only hyphens come before it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Lay chunks out into lines no longer than self.width."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        chunks.reverse()

        while chunks:
            cur_line = []
            cur_len = 0

            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # Whitespace at the start of a line (but not of the text).
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            # Whitespace at the end of a line.
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if cur_line:
                if (self.max_lines is None or
                        len(lines) + 1 < self.max_lines or
                        ((not chunks or
                          self.drop_whitespace and
                          len(chunks) == 1 and
                          not chunks[0].strip()) and cur_len <= width)):
                    lines.append(indent + ''.join(cur_line))
                else:
                    # The last allowed line: end it with the placeholder.
                    while cur_line:
                        if (cur_line[-1].strip() and
                                cur_len + len(self.placeholder) <= width):
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if (len(prev_line) + len(self.placeholder) <=
                                    self.width):
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break

        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    # -- Public interface ----------------------------------------------

    def wrap(self, text):
        """Split text into a list of lines of at most self.width
        characters (tabs expanded, other whitespace made spaces)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The lines of wrap(text) joined with newlines."""
        return "\n".join(self.wrap(text))


# -- Convenience interface ---------------------------------------------

def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


# -- Loosely related functionality -------------------------------------

def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    Lines holding only spaces and tabs are emptied first and do not count
    towards the margin; tabs and spaces are not equivalent.
    """
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        body = line.lstrip(' \t')
        if not body:
            lines[k] = ''
            continue
        ind = line[:len(line) - len(body)]
        if margin is None:
            margin = ind
        elif ind.startswith(margin):
            pass
        elif margin.startswith(ind):
            margin = ind
        else:
            for i, (x, y) in enumerate(zip(margin, ind)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'.

    If 'predicate' is provided, 'prefix' will only be added to the lines
    where 'predicate(line)' is True. If 'predicate' is not provided,
    it will default to adding 'prefix' to all non-empty lines that do not
    consist solely of whitespace characters.
    """
    if predicate is None:
        def predicate(line):
            return line.strip()

    out = []
    for line in text.splitlines(True):
        out.append(prefix + line if predicate(line) else line)
    return ''.join(out)
