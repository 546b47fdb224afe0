"""A simple lexical analyser for shell-like syntax (CPython 3.11's `shlex`).

Provides `split`, `quote`, `join` and the `shlex` class (POSIX and
compatibility modes, `whitespace_split`, `punctuation_chars`, pushed-back
tokens, nested input sources and `source` inclusion, debug traces).
Written for Taipan from the Python 3.11 documentation, with CPython as the
oracle for results, error messages and debug output.
"""

import os
import re
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_BASE_WORDCHARS = ('abcdfeghijklmnopqrstuvwxyz'
                   'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_LATIN1_WORDCHARS = ('\u00df\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u00e6\u00e7'
                     '\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef\u00f0'
                     '\u00f1\u00f2\u00f3\u00f4\u00f5\u00f6\u00f8\u00f9\u00fa'
                     '\u00fb\u00fc\u00fd\u00fe\u00ff\u00c0\u00c1\u00c2\u00c3'
                     '\u00c4\u00c5\u00c6\u00c7\u00c8\u00c9\u00ca\u00cb\u00cc'
                     '\u00cd\u00ce\u00cf\u00d0\u00d1\u00d2\u00d3\u00d4\u00d5'
                     '\u00d6\u00d8\u00d9\u00da\u00db\u00dc\u00dd\u00de')
_SHELL_PUNCTUATION = '();<>|&'
_EXTRA_WORDCHARS = '~-./*?='

# Lexer states, as exposed through the `state` attribute.
_IDLE = ' '       # between tokens
_WORD = 'a'       # inside an ordinary word
_PUNCT = 'c'      # inside a run of punctuation characters
_DONE = None      # input exhausted


class shlex:
    """A lexical analyser for simple shell-like syntaxes."""

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            self.instream = sys.stdin
            self.infile = None
        else:
            self.instream = instream
            self.infile = infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        chars = _BASE_WORDCHARS
        if posix:
            chars += _LATIN1_WORDCHARS
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = _IDLE
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = _SHELL_PUNCTUATION
        self._punct = punctuation_chars
        if punctuation_chars:
            # Characters read one too far while collecting punctuation.
            self._unread = []
            chars = ''.join(c for c in chars + _EXTRA_WORDCHARS
                            if c not in punctuation_chars)
        self.wordchars = chars

    @property
    def punctuation_chars(self):
        return self._punct

    # -- token level -------------------------------------------------------

    def push_token(self, tok):
        "Push a token onto the stack popped by the get_token method"
        if self.debug >= 1:
            print("shlex: pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        "Push an input source onto the lexer's input source stack."
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1
        if self.debug:
            if newfile is None:
                print('shlex: pushing to stream %s' % (self.instream,))
            else:
                print('shlex: pushing to file %s' % (self.infile,))

    def pop_source(self):
        "Pop the input source stack."
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        if self.debug:
            print('shlex: popping to %s, line %d' % (self.instream, self.lineno))
        self.state = _IDLE

    def get_token(self):
        "Get a token from the input stream (or from stack if it's nonempty)"
        if self.pushback:
            tok = self.pushback.popleft()
            if self.debug >= 1:
                print("shlex: popping token " + repr(tok))
            return tok
        tok = self.read_token()
        if self.source is not None:
            while tok == self.source:
                included = self.sourcehook(self.read_token())
                if included:
                    name, stream = included
                    self.push_source(stream, name)
                tok = self.get_token()
        while tok == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            tok = self.get_token()
        if self.debug >= 1:
            if tok == self.eof:
                print("shlex: token=EOF")
            else:
                print("shlex: token=" + repr(tok))
        return tok

    # -- character level ---------------------------------------------------

    def _next_char(self):
        if self._punct and self._unread:
            return self._unread.pop()
        return self.instream.read(1)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        posix = self.posix
        quoted = False
        resume = _IDLE      # the state an escape returns to
        while True:
            ch = self._next_char()
            if ch == '\n':
                self.lineno += 1
            if self.debug >= 3:
                print("shlex: in state %r I see character: %r" % (self.state, ch))
            st = self.state
            if st is _DONE:
                self.token = ''
                break
            if st == _IDLE:
                if not ch:
                    self.state = _DONE
                    break
                if ch in self.whitespace:
                    if self.debug >= 2:
                        print("shlex: I see whitespace in whitespace state")
                    if self.token or (posix and quoted):
                        break
                elif ch in self.commenters:
                    self._skip_comment()
                elif posix and ch in self.escape:
                    resume = _WORD
                    self.state = ch
                elif ch in self.wordchars:
                    self.token = ch
                    self.state = _WORD
                elif ch in self._punct:
                    self.token = ch
                    self.state = _PUNCT
                elif ch in self.quotes:
                    if not posix:
                        self.token = ch
                    self.state = ch
                elif self.whitespace_split:
                    self.token = ch
                    self.state = _WORD
                else:
                    # A character of no class is a token by itself.
                    self.token = ch
                    break
            elif st in self.quotes:
                quoted = True
                if not ch:
                    if self.debug >= 2:
                        print("shlex: I see EOF in quotes state")
                    raise ValueError("No closing quotation")
                if ch == st:
                    if not posix:
                        self.token += ch
                        self.state = _IDLE
                        break
                    self.state = _WORD
                elif posix and ch in self.escape and st in self.escapedquotes:
                    resume = st
                    self.state = ch
                else:
                    self.token += ch
            elif st in self.escape:
                if not ch:
                    if self.debug >= 2:
                        print("shlex: I see EOF in escape state")
                    raise ValueError("No escaped character")
                # Inside quotes, the escape character only escapes itself
                # and the closing quote; otherwise it is kept.
                if resume in self.quotes and ch != st and ch != resume:
                    self.token += st
                self.token += ch
                self.state = resume
            elif st == _WORD or st == _PUNCT:
                if not ch:
                    self.state = _DONE
                    break
                if ch in self.whitespace:
                    if self.debug >= 2:
                        print("shlex: I see whitespace in word state")
                    self.state = _IDLE
                    if self.token or (posix and quoted):
                        break
                elif ch in self.commenters:
                    self._skip_comment()
                    if posix:
                        self.state = _IDLE
                        if self.token or (posix and quoted):
                            break
                elif st == _PUNCT:
                    if ch in self._punct:
                        self.token += ch
                    else:
                        if ch not in self.whitespace:
                            self._unread.append(ch)
                        self.state = _IDLE
                        break
                elif posix and ch in self.quotes:
                    self.state = ch
                elif posix and ch in self.escape:
                    resume = _WORD
                    self.state = ch
                elif (ch in self.wordchars or ch in self.quotes
                      or (self.whitespace_split and ch not in self._punct)):
                    self.token += ch
                else:
                    if self._punct:
                        self._unread.append(ch)
                    else:
                        self.pushback.appendleft(ch)
                    if self.debug >= 2:
                        print("shlex: I see punctuation in word state")
                    self.state = _IDLE
                    if self.token or (posix and quoted):
                        break
        result = self.token
        self.token = ''
        if posix and not quoted and result == '':
            result = None
        if self.debug > 1:
            if result:
                print("shlex: raw token=" + repr(result))
            else:
                print("shlex: raw token=EOF")
        return result

    # -- files -------------------------------------------------------------

    def sourcehook(self, newfile):
        "Hook called on a filename to be sourced."
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        "Emit a C-compiler-like, Emacs-friendly error-message leader."
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return "\"%s\", line %d: " % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok


def split(s, comments=False, posix=True):
    """Split the string *s* using shell-like syntax."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return ' '.join([quote(arg) for arg in split_command])


_needs_quoting = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    if _needs_quoting(s) is None:
        return s
    # Close the single-quoted string, add a double-quoted ', reopen.
    return "'" + s.replace("'", "'\"'\"'") + "'"
