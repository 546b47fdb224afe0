"""Operating-system interface (Taipan's `os`, POSIX only).

The system calls come from the native `_os` module (interp/src/modules/os.rs);
this file adds what CPython's os.py and posixmodule add in Python terms:
`environ` as a mapping, `stat_result`, `scandir`/`DirEntry`, `walk`,
`makedirs`/`removedirs`, `fspath`/`PathLike`, and `os.path` (= posixpath).

Not here yet: fork/exec/spawn/system/popen, kill and signals, pipes and dup,
terminal size, extended attributes, and `fwalk`.  `putenv`/`unsetenv` change
what `os.environ` shows but not the C-level environment (see os.rs).
"""

import sys
_builtin_open = open  # before `from _os import open` shadows it
import abc as _abc
import _os
from _os import (getcwd, getcwdb, chdir, listdir, mkdir, rmdir, unlink, remove,
                 rename, replace, readlink, symlink, link, chmod, truncate, utime,
                 access, open, close, read, write, lseek, ftruncate, fsync, isatty,
                 getpid, getppid, getuid, geteuid, getgid, getegid, _exit, cpu_count,
                 urandom, strerror, uname, putenv, unsetenv,
                 O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND,
                 O_NONBLOCK, O_CLOEXEC, O_NOFOLLOW, O_DIRECTORY, O_SYNC, O_NOCTTY,
                 F_OK, R_OK, W_OK, X_OK)

name = 'posix'
linesep = '\n'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

error = OSError

supports_follow_symlinks = set()
supports_fd = set()
supports_dir_fd = set()
supports_effective_ids = set()


# --- Paths ---

def fspath(path):
    """The str or bytes of a path: str and bytes pass, others give __fspath__()."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + path_type.__name__) from None
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}"
                    .format(path_type.__name__, type(path_repr).__name__))


class PathLike(metaclass=_abc.ABCMeta):
    """Abstract base class of objects with a file-system path (__fspath__)."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    return klass.__dict__['__fspath__'] is not None
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def getfilesystemencoding():
    return 'utf-8'


# --- stat ---

class stat_result(tuple):
    """stat_result: the result of os.stat, os.fstat and os.lstat.

    A 10-tuple (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime;
    whole seconds) whose st_* attributes also give float times, *_ns times,
    st_blksize, st_blocks and st_rdev."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
               'st_size')

    def __new__(cls, seq, extra=None):
        seq = tuple(seq)
        if len(seq) < 10:
            raise TypeError("os.stat_result() takes an at least 10-sequence "
                            f"({len(seq)}-sequence given)")
        if len(seq) > 19:
            raise TypeError("os.stat_result() takes an at most 19-sequence "
                            f"({len(seq)}-sequence given)")
        self = tuple.__new__(cls, seq[:10])
        rest = seq[10:] + (None,) * (19 - len(seq))
        self._times = (seq[7], seq[8], seq[9]) if len(seq) <= 10 else None
        self._extra = rest
        return self

    @classmethod
    def _from_raw(cls, raw):
        # raw: (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime,
        #       atime_ns, mtime_ns, ctime_ns, blksize, blocks, rdev)
        whole = tuple(int(t) for t in raw[7:10])
        self = tuple.__new__(cls, raw[:7] + whole)
        self._times = raw[7:10]
        self._extra = (raw[7], raw[8], raw[9]) + raw[10:]
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])

    @property
    def st_atime(self):
        return self._time(0)

    @property
    def st_mtime(self):
        return self._time(1)

    @property
    def st_ctime(self):
        return self._time(2)

    def _time(self, i):
        if self._times is not None:
            return self._times[i]
        return self._extra[i]

    st_atime_ns = property(lambda self: self._extra[3])
    st_mtime_ns = property(lambda self: self._extra[4])
    st_ctime_ns = property(lambda self: self._extra[5])
    st_blksize = property(lambda self: self._extra[6])
    st_blocks = property(lambda self: self._extra[7])
    st_rdev = property(lambda self: self._extra[8])

    def __repr__(self):
        names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
                 'st_size', 'st_atime', 'st_mtime', 'st_ctime')
        return 'os.stat_result(' + ', '.join(
            f'{n}={v!r}' for n, v in zip(names, self)) + ')'

    def __reduce__(self):
        return (stat_result, (tuple(self), ))


stat_result.__module__ = 'os'


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result._from_raw(_os.stat(path, follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result._from_raw(_os.lstat(path))


def fstat(fd):
    return stat_result._from_raw(_os.fstat(fd))


class terminal_size(tuple):
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]}, lines={self[1]})'


class uname_result(tuple):
    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        return ('posix.uname_result(sysname={!r}, nodename={!r}, release={!r}, '
                'version={!r}, machine={!r})'.format(*self))


def uname():
    return uname_result(_os.uname())


# --- Process groups (read from /proc; Linux only) ---

def _proc_stat_field(pid, index):
    """Field `index` after the command name in /proc/<pid>/stat
    (0 state, 1 ppid, 2 pgrp, 3 session)."""
    if not isinstance(pid, int):
        raise TypeError(f"'{type(pid).__name__}' object cannot be interpreted as an integer")
    target = 'self' if pid == 0 else str(pid)
    try:
        with _builtin_open(f'/proc/{target}/stat') as f:
            text = f.read()
    except FileNotFoundError:
        raise ProcessLookupError(3, 'No such process') from None
    return int(text[text.rindex(')') + 2:].split()[index])


def getsid(pid):
    return _proc_stat_field(pid, 3)


def getpgid(pid):
    return _proc_stat_field(pid, 2)


def getpgrp():
    return _proc_stat_field(0, 2)


# --- Environment ---

def _env_key(key):
    if not isinstance(key, str):
        raise TypeError("str expected, not %s" % type(key).__name__)
    return key


class _Environ:
    """os.environ: a str -> str mapping over the process environment."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_env_key(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _env_key(key)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _env_key(key)
        if key not in self._data:
            raise KeyError(key)
        unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return dict(self.items()) == other

    def __repr__(self):
        return 'environ({{{}}})'.format(', '.join(
            f'{k!r}: {v!r}' for k, v in self._data.items()))

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(_env_key(key), default)

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        key = next(iter(self._data), None)
        if key is None:
            raise KeyError('popitem(): dictionary is empty')
        value = self._data[key]
        del self[key]
        return key, value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self[key]

    def copy(self):
        return dict(self._data)

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    __hash__ = None


environ = _Environ(_os.environ())


def getenv(key, default=None):
    """The value of environment variable `key`, or `default`."""
    return environ.get(key, default)


def get_exec_path(env=None):
    if env is None:
        env = environ
    path = env.get('PATH', defpath)
    return path.split(pathsep)


# --- Directories ---

def makedirs(name, mode=0o777, exist_ok=False):
    """Creates a directory and any missing parents."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Removes a directory, then its parents while they are empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry of scandir(): name, path and cached type queries."""

    def __init__(self, dirpath, name):
        self.name = name
        if dirpath in ('.', b'.'):
            self.path = path.join(dirpath, name)
        else:
            self.path = path.join(dirpath, name)
        self._lstat = None
        self._stat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                if self.is_symlink():
                    self._stat = stat(self.path)
                else:
                    self._stat = self.stat(follow_symlinks=False)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return None

    def is_dir(self, *, follow_symlinks=True):
        m = self._mode(follow_symlinks)
        return m is not None and (m & 0o170000) == 0o040000

    def is_file(self, *, follow_symlinks=True):
        m = self._mode(follow_symlinks)
        return m is not None and (m & 0o170000) == 0o100000

    def is_symlink(self):
        m = self._mode(False)
        return m is not None and (m & 0o170000) == 0o120000

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _ScandirIterator:
    def __init__(self, dirpath):
        self._dirpath = dirpath
        self._names = iter(listdir(dirpath))

    def __iter__(self):
        return self

    def __next__(self):
        if self._names is None:
            raise StopIteration
        return DirEntry(self._dirpath, next(self._names))

    def close(self):
        self._names = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path='.'):
    """An iterator of DirEntry objects for the entries of `path`."""
    if path is None:
        path = '.'
    path = fspath(path)
    return _ScandirIterator(path)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for each directory in the tree."""
    top = fspath(top)
    stack = [top]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            entries = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        with entries:
            for entry in entries:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            walk_into = not entry.is_symlink()
                        except OSError:
                            walk_into = False
                    if walk_into:
                        walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = path.join(top, dirname)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


import posixpath as path
sys.modules['os.path'] = path
