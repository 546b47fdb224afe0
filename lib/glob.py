"""Filename globbing utility (CPython 3.11's `glob`).

Provides `glob`, `iglob`, `escape`, `has_magic`, `glob0` and `glob1`.
Written for Taipan from the Python 3.11 documentation, with CPython as the
oracle.  Names are matched with `fnmatch`; names starting with a dot are
only matched by patterns starting with a dot unless `include_hidden` is
true; `'**'` matches any files and directories (recursively) when
`recursive` is true.  Results come in the order the directories list them.

Taipan's `os` functions take no `dir_fd`, so a `dir_fd` given to `glob` or
`iglob` is honoured by reaching the directory through `/proc/self/fd/N`.
"""

import fnmatch
import os
import re

__all__ = ["glob", "iglob", "escape"]

_MAGIC_STR = re.compile('[*?[]')
_MAGIC_BYTES = re.compile(b'[*?[]')


def has_magic(s):
    """Tell whether *s* contains any of the wildcard characters ``*?[``."""
    if isinstance(s, bytes):
        found = _MAGIC_BYTES.search(s)
    else:
        found = _MAGIC_STR.search(s)
    return found is not None


def escape(pathname):
    """Escape all special characters (``*``, ``?`` and ``[``) of *pathname*."""
    pathname = os.fspath(pathname)
    if isinstance(pathname, bytes):
        return _MAGIC_BYTES.sub(b'[\\g<0>]', pathname)
    return _MAGIC_STR.sub('[\\g<0>]', pathname)


def _is_hidden(name):
    return name[:1] in ('.', b'.')


def _is_double_star(name):
    return name == '**' or name == b'**'


def _concat(head, tail):
    # Like os.path.join, but an empty side gives the other side unchanged.
    if head and tail:
        return os.path.join(head, tail)
    return head or tail


class _Search:
    """One glob run: the options and file system access relative to them."""

    def __init__(self, root, dir_fd, recursive, include_hidden):
        self.root = root
        self.dir_fd = dir_fd
        self.recursive = recursive
        self.include_hidden = include_hidden

    # -- file system -------------------------------------------------------

    def _real(self, path):
        """The path to give to os functions for *path* (already under root)."""
        if self.dir_fd is None:
            return path
        if isinstance(path, bytes):
            if path.startswith(b'/'):
                return path
            base = os.fsencode('/proc/self/fd/%d' % self.dir_fd)
            return base + b'/' + path if path else base
        if path.startswith('/'):
            return path
        base = '/proc/self/fd/%d' % self.dir_fd
        return base + '/' + path if path else base

    def exists(self, path):
        if not path:
            return False
        try:
            os.lstat(self._real(path))
        except (OSError, ValueError):
            return False
        return True

    def is_dir(self, path):
        if not path:
            return False
        return os.path.isdir(self._real(path))

    def names(self, path, dirs_only):
        """The entry names of directory *path*, in directory order."""
        where = self._real(path)
        if not where:
            where = b'.' if isinstance(path, bytes) else '.'
        found = []
        try:
            with os.scandir(where) as entries:
                for entry in entries:
                    if dirs_only:
                        try:
                            if not entry.is_dir():
                                continue
                        except OSError:
                            continue
                    found.append(entry.name)
        except OSError:
            return []
        return found

    # -- matching ----------------------------------------------------------

    def wildcard(self, path, pattern, dirs_only):
        candidates = self.names(path, dirs_only)
        if not (self.include_hidden or _is_hidden(pattern)):
            candidates = [n for n in candidates if not _is_hidden(n)]
        return fnmatch.filter(candidates, pattern)

    def literal(self, path, name, dirs_only):
        if name:
            if self.exists(_concat(path, name)):
                return [name]
        elif self.is_dir(path):
            # An empty last part comes from a pattern ending with a slash:
            # it stands for the directory itself.
            return [name]
        return []

    def subtree(self, path, pattern, dirs_only):
        """'**': the empty name, then everything below *path*, depth first."""
        yield path[:0]
        yield from self._descend(path, dirs_only)

    def _descend(self, path, dirs_only):
        for name in self.names(path, dirs_only):
            if not self.include_hidden and _is_hidden(name):
                continue
            yield name
            below = _concat(path, name)
            for rest in self._descend(below, dirs_only):
                yield os.path.join(name, rest)

    def expand(self, pattern, dirs_only):
        head, tail = os.path.split(pattern)
        if not has_magic(pattern):
            if tail:
                if self.exists(_concat(self.root, pattern)):
                    yield pattern
            elif self.is_dir(_concat(self.root, head)):
                yield pattern
            return
        if not head:
            if self.recursive and _is_double_star(tail):
                yield from self.subtree(self.root, tail, dirs_only)
            else:
                yield from self.wildcard(self.root, tail, dirs_only)
            return
        if head != pattern and has_magic(head):
            parents = self.expand(head, True)
        else:
            parents = [head]
        if not has_magic(tail):
            step = self.literal
        elif self.recursive and _is_double_star(tail):
            step = self.subtree
        else:
            step = self.wildcard
        for parent in parents:
            for name in step(_concat(self.root, parent), tail, dirs_only):
                yield os.path.join(parent, name)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """Return a list of paths matching a pathname pattern.

    The pattern may contain simple shell-style wildcards a la fnmatch.
    Hidden files are not matched by wildcards unless include_hidden is true
    or the pattern starts with a dot.  With recursive true, the pattern
    '**' matches any files and zero or more directories and subdirectories.
    """
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """Return an iterator which yields the paths matching a pathname pattern.

    Same rules as glob().
    """
    if root_dir is None:
        root_dir = pathname[:0]
    else:
        root_dir = os.fspath(root_dir)
    search = _Search(root_dir, dir_fd, recursive, include_hidden)
    results = search.expand(pathname, False)
    if not pathname or (recursive and _is_double_star(pathname[:2])):
        return _without_leading_empty(results)
    return results


def _without_leading_empty(results):
    first = True
    for path in results:
        if first:
            first = False
            if not path:
                continue
        yield path


def glob0(dirname, basename):
    """Match a name without wildcards in *dirname* (a list of 0 or 1 names)."""
    return _Search(dirname[:0], None, False, False).literal(dirname, basename, False)


def glob1(dirname, pattern):
    """Match *pattern* (with wildcards) against the names in *dirname*."""
    return _Search(dirname[:0], None, False, False).wildcard(dirname, pattern, False)
