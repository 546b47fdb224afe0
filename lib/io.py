"""Streams (Taipan's `io`).

`open`, `TextIOWrapper` and the `Buffered*` file types are the native ones
behind the builtin `open()` (interp/src/objects/file.rs, exported by `_io`);
this file adds the in-memory streams `StringIO` and `BytesIO` and the
abstract bases `IOBase`, `RawIOBase`, `BufferedIOBase`, `TextIOBase`
(the native file types are registered with them).

StringIO follows CPython's newline handling: `newline='\\n'` (the default)
stores text as written; `None` turns '\\r\\n' and '\\r' into '\\n' on write;
`''` keeps text as written and ends lines at any of '\\r', '\\n', '\\r\\n';
'\\r' and '\\r\\n' turn '\\n' into that ending on write and end lines there.

`FileIO` is a raw file over an `os` descriptor.

Not here: `BufferedReader(raw)` and `TextIOWrapper(buffer)` wrapping
arbitrary streams (the native types only come from `open()`), `BufferedRWPair`, `IncrementalNewlineDecoder`,
`BytesIO.getbuffer()` (Taipan has no memoryview yet), `open_code`.
"""

import abc as _abc
import _io
from _io import (open, TextIOWrapper, BufferedReader, BufferedWriter,
                 BufferedRandom, UnsupportedOperation, DEFAULT_BUFFER_SIZE)

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase", "FileIO",
           "BytesIO", "StringIO", "BufferedIOBase", "BufferedReader",
           "BufferedWriter", "BufferedRWPair", "BufferedRandom", "TextIOBase",
           "TextIOWrapper", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR",
           "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

BlockingIOError = BlockingIOError


def text_encoding(encoding, stacklevel=2):
    if encoding is None:
        return "locale"
    return encoding


def _closed_error():
    return ValueError("I/O operation on closed file.")


def _size_arg(size):
    if size is None:
        return -1
    if not hasattr(type(size), '__index__'):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return size.__index__()


# --- Abstract bases ---

class _IOBase:
    """The methods every stream has, in terms of readline/write/seek."""

    __module__ = '_io'

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        self._closed_flag = True

    @property
    def closed(self):
        return getattr(self, '_closed_flag', False)

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        self._unsupported("readline")

    def readlines(self, hint=None):
        hint = _size_arg(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class _RawIOBase(_IOBase):
    __module__ = '_io'


class _BufferedIOBase(_IOBase):
    __module__ = '_io'

    def detach(self):
        self._unsupported("detach")


class _TextIOBase(_IOBase):
    __module__ = '_io'

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


class IOBase(_IOBase, metaclass=_abc.ABCMeta):
    __module__ = 'io'


class RawIOBase(_RawIOBase, IOBase):
    __module__ = 'io'


class BufferedIOBase(_BufferedIOBase, IOBase):
    __module__ = 'io'


class TextIOBase(_TextIOBase, IOBase):
    __module__ = 'io'


for _klass in (BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_klass)
TextIOBase.register(TextIOWrapper)


# --- FileIO ---

class FileIO(_RawIOBase):
    """A raw binary file on an OS descriptor (os.open / os.read / os.write)."""

    __module__ = '_io'

    def __init__(self, file, mode='r', closefd=True, opener=None):
        import os as _os_mod
        self._fd = -1
        self._closed_flag = False
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        if not isinstance(mode, str):
            raise TypeError(f"FileIO() argument 'mode' must be str, not {type(mode).__name__}")
        if set(mode) - set('rwaxb+'):
            raise ValueError(f"invalid mode: {mode}")
        if (sum(mode.count(c) for c in 'rwax') != 1 or mode.count('+') > 1
                or mode.count('b') > 1):
            raise ValueError("Must have exactly one of create/read/write/append "
                             "mode and at most one plus")
        self._readable = 'r' in mode or '+' in mode
        self._writable = 'r' not in mode or '+' in mode
        self._appending = 'a' in mode
        if 'r' in mode:
            self.mode = 'rb+' if '+' in mode else 'rb'
        elif 'w' in mode:
            self.mode = 'rb+' if '+' in mode else 'wb'
        elif 'a' in mode:
            self.mode = 'ab+' if '+' in mode else 'ab'
        else:
            self.mode = 'xb+' if '+' in mode else 'xb'
        if isinstance(file, int):
            if file < 0:
                raise ValueError('negative file descriptor')
            self._fd = file
            self.closefd = closefd
        else:
            if not closefd:
                raise ValueError('Cannot use closefd=False with file name')
            flags = (_os_mod.O_RDWR if '+' in mode else
                     _os_mod.O_RDONLY if 'r' in mode else _os_mod.O_WRONLY)
            if 'w' in mode:
                flags |= _os_mod.O_CREAT | _os_mod.O_TRUNC
            elif 'a' in mode:
                flags |= _os_mod.O_CREAT | _os_mod.O_APPEND
            elif 'x' in mode:
                flags |= _os_mod.O_CREAT | _os_mod.O_EXCL
            if opener is None:
                self._fd = _os_mod.open(file, flags, 0o666)
            else:
                self._fd = opener(file, flags)
            self.closefd = True
        self.name = file
        self._os = _os_mod

    def _check(self):
        if self._closed_flag:
            raise ValueError("I/O operation on closed file")

    def fileno(self):
        self._check()
        return self._fd

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return self._os.isatty(self._fd)

    def read(self, size=-1):
        self._check()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        return self._os.read(self._fd, size)

    def readall(self):
        self._check()
        chunks = []
        while True:
            chunk = self._os.read(self._fd, DEFAULT_BUFFER_SIZE)
            if not chunk:
                break
            chunks.append(chunk)
        return b''.join(chunks)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        out = bytearray()
        while size < 0 or len(out) < size:
            c = self._os.read(self._fd, 1)
            if not c:
                break
            out += c
            if c == b'\n':
                break
        return bytes(out)

    def write(self, b):
        self._check()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        return self._os.write(self._fd, _bytes_like(b))

    def seek(self, pos, whence=0):
        self._check()
        return self._os.lseek(self._fd, pos, whence)

    def tell(self):
        self._check()
        return self._os.lseek(self._fd, 0, 1)

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self.tell()
        self._os.ftruncate(self._fd, size)
        return size

    def close(self):
        if not self._closed_flag:
            self._closed_flag = True
            if self.closefd and self._fd >= 0:
                self._os.close(self._fd)

    @property
    def closed(self):
        return self._closed_flag

    def __repr__(self):
        if self._closed_flag:
            return '<_io.FileIO [closed]>'
        return f'<_io.FileIO name={self.name!r} mode={self.mode!r} closefd={self.closefd!r}>'


RawIOBase.register(FileIO)


# --- StringIO ---

_LF, _CR, _CRLF = 1, 2, 4


class _InMemoryIO:
    """What StringIO and BytesIO share: an in-memory buffer is always
    readable, writable and seekable, and never a tty (after `_check`, which
    raises on a closed stream)."""

    @property
    def closed(self):
        return self._closed_flag

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False


class StringIO(_InMemoryIO, _TextIOBase):
    """A text stream in memory."""

    __module__ = '_io'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not "
                            f"{type(initial_value).__name__}")
        self._newline = newline
        self._seen = 0
        self._buf = ''
        self._chunks = []      # text appended at the end, not yet joined
        self._len = 0
        self._pos = 0
        self._closed_flag = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    # Internal: the whole buffer as one str.
    def _value(self):
        if self._chunks:
            self._buf = self._buf + ''.join(self._chunks)
            self._chunks = []
        return self._buf

    def _check(self):
        if self._closed_flag:
            raise ValueError("I/O operation on closed file")

    def _translate(self, s):
        nl = self._newline
        if nl is None or nl == '':
            if '\r' in s:
                if '\r\n' in s:
                    self._seen |= _CRLF
                if '\r' in s.replace('\r\n', ''):
                    self._seen |= _CR
                if '\n' in s.replace('\r\n', ''):
                    self._seen |= _LF
                if nl is None:
                    s = s.replace('\r\n', '\n').replace('\r', '\n')
            elif '\n' in s:
                self._seen |= _LF
        elif nl != '\n' and '\n' in s:
            s = s.replace('\n', nl)
        return s

    def getvalue(self):
        self._check()
        return self._value()

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        s = self._translate(s)
        if not s:
            return n
        pos = self._pos
        if pos == self._len:
            self._chunks.append(s)
        else:
            buf = self._value()
            if pos > len(buf):
                buf = buf + '\0' * (pos - len(buf))
            self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)
        if self._pos > self._len:
            self._len = self._pos
        return n

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._value()
        pos = self._pos
        if pos >= len(buf):
            return ''
        if size < 0:
            end = len(buf)
        else:
            end = min(len(buf), pos + size)
        self._pos = end
        return buf[pos:end]

    def _line_end(self, buf, pos):
        """Index just after the end of the line starting at pos (or len(buf))."""
        nl = self._newline
        if nl == '':
            i = pos
            n = len(buf)
            while i < n:
                c = buf[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < n and buf[i + 1] == '\n':
                        return i + 2
                    return i + 1
                i += 1
            return n
        ending = '\n' if nl is None else nl
        i = buf.find(ending, pos)
        if i < 0:
            return len(buf)
        return i + len(ending)

    def readline(self, size=-1):
        self._check()
        if size is not None and not hasattr(type(size), '__index__'):
            raise TypeError(f"integer argument expected, got '{type(size).__name__}'")
        size = -1 if size is None else size.__index__()
        buf = self._value()
        pos = self._pos
        if pos >= len(buf):
            return ''
        end = self._line_end(buf, pos)
        if size >= 0 and pos + size < end:
            end = pos + size
        self._pos = end
        return buf[pos:end]

    def __next__(self):
        if self._closed_flag:
            raise ValueError("I/O operation on closed file.")
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        if self._closed_flag:
            raise ValueError("I/O operation on closed file.")
        return self

    def readlines(self, hint=None):
        self._check()
        return _IOBase.readlines(self, hint)

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if not hasattr(type(pos), '__index__'):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        pos = pos.__index__()
        if whence not in (0, 1, 2):
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            self._pos = self._len
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            if not hasattr(type(size), '__index__'):
                raise TypeError(f"'{type(size).__name__}' object cannot be interpreted as an integer")
            size = size.__index__()
            if size < 0:
                raise ValueError(f"Negative size value {size}")
        if size < self._len:
            self._buf = self._value()[:size]
            self._len = size
        return size

    def close(self):
        self._closed_flag = True
        self._buf = ''
        self._chunks = []

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._newline not in (None, ''):
            return None
        kinds = [s for flag, s in ((_CR, '\r'), (_LF, '\n'), (_CRLF, '\r\n'))
                 if self._seen & flag]
        if not kinds:
            return None
        if len(kinds) == 1:
            return kinds[0]
        return tuple(kinds)

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


TextIOBase.register(StringIO)


# --- BytesIO ---

def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    if type(b).__name__ == 'memoryview':
        return bytes(b)
    raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")


class BytesIO(_InMemoryIO, _BufferedIOBase):
    """A binary stream in memory."""

    __module__ = '_io'

    def __init__(self, initial_bytes=b''):
        self._buf = bytearray(_bytes_like(initial_bytes) if initial_bytes is not None else b'')
        self._pos = 0
        self._closed_flag = False

    def _check(self):
        if self._closed_flag:
            raise ValueError("I/O operation on closed file.")

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def write(self, b):
        self._check()
        data = _bytes_like(b)
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        buf = self._buf
        if pos > len(buf):
            buf.extend(b'\0' * (pos - len(buf)))
        if pos == len(buf):
            buf.extend(data)
        else:
            buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b''
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        self._pos = end
        return bytes(buf[pos:end])

    read1 = read

    def readinto(self, b):
        self._check()
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    readinto1 = readinto

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b''
        i = buf.find(b'\n', pos)
        end = len(buf) if i < 0 else i + 1
        if size >= 0 and pos + size < end:
            end = pos + size
        self._pos = end
        return bytes(buf[pos:end])

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        self._check()
        return _IOBase.readlines(self, hint)

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if not hasattr(type(pos), '__index__'):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        pos = pos.__index__()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            if not hasattr(type(size), '__index__'):
                raise TypeError(f"'{type(size).__name__}' object cannot be interpreted as an integer")
            size = size.__index__()
            if size < 0:
                raise ValueError(f"negative size value {size}")
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def close(self):
        self._closed_flag = True

    def __getstate__(self):
        return (self.getvalue(), self._pos, None)


BufferedIOBase.register(BytesIO)
