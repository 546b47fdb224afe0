"""Path operations on POSIX paths (Taipan's `posixpath`, also `os.path`).

Pure string logic written for Taipan after the documented behaviour of
CPython's posixpath; the file-system queries go through `os.stat`.  Every
function takes str, bytes or an os.PathLike and answers in the same type.
"""

import os
import stat as _stat

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "sameopenfile", "samestat", "curdir",
           "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _seps(p):
    """(sep, curdir, pardir, extsep, empty) in the type of p."""
    if isinstance(p, bytes):
        return b'/', b'.', b'..', b'.', b''
    return '/', '.', '..', '.', ''


def _check_arg_types(funcname, *args):
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f"os.PathLike object, not '{type(s).__name__}'") from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = os.fspath(a)
    sep = _seps(a)[0]
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(os.fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    p = os.fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    sep, _, _, extsep, empty = _seps(p)
    last_sep = p.rfind(sep)
    dot = p.rfind(extsep)
    if dot > last_sep:
        # A leading run of dots in the last component is not an extension.
        i = last_sep + 1
        while i < dot:
            if p[i:i + 1] != extsep:
                return p[:dot], p[dot:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = os.fspath(p)
    sep = _seps(p)[0]
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    lo = min(m)
    hi = max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


# --- Queries on the file system ---

def exists(path):
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return _stat.S_ISREG(st.st_mode)


def isdir(s):
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return _stat.S_ISDIR(st.st_mode)


def islink(path):
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return _stat.S_ISLNK(st.st_mode)


def ismount(path):
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if _stat.S_ISLNK(s1.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    parent = realpath(parent)
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(os.fstat(fp1), os.fstat(fp2))


# --- Expansion ---

def expanduser(path):
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _seps(path)[0]
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        if 'HOME' in os.environ:
            userhome = os.environ['HOME']
        else:
            userhome = _home_of(None)
            if userhome is None:
                return path
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = name.decode()
        userhome = _home_of(name)
        if userhome is None:
            return path
    if isinstance(path, bytes):
        userhome = userhome.encode()
    userhome = userhome.rstrip(sep)
    return (userhome + path[i:]) or sep


def _home_of(name):
    """The home directory of user `name` (None: the current uid) from /etc/passwd."""
    try:
        with open('/etc/passwd') as f:
            lines = f.read().splitlines()
    except OSError:
        return None
    uid = str(os.getuid()) if name is None else None
    for line in lines:
        fields = line.split(':')
        if len(fields) < 7:
            continue
        if (name is not None and fields[0] == name) or (uid is not None and fields[2] == uid):
            return fields[5]
    return None


def expandvars(path):
    """Replaces $name and ${name} by environment values; unknown names stay."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        return expandvars(path.decode('latin-1')).encode('latin-1')
    if '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            j = path.find('}', i + 2)
            name = path[i + 2:j] if j >= 0 else ''
            if j >= 0 and name and all(ch.isalnum() or ch == '_' for ch in name) and name.isascii():
                end = j + 1
            else:
                out.append(c)
                i += 1
                continue
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_') and path[j].isascii():
                j += 1
            name = path[i + 1:j]
            end = j
            if not name:
                out.append(c)
                i += 1
                continue
        if name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:end])
        i = end
    return ''.join(out)


# --- Normalisation ---

def normpath(path):
    path = os.fspath(path)
    sep, dot, dotdot, _, empty = _seps(path)
    if path == empty:
        return dot
    # POSIX allows exactly two leading slashes to mean something special.
    if path.startswith(sep):
        lead = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    else:
        lead = 0
    parts = []
    for comp in path.split(sep):
        if comp == empty or comp == dot:
            continue
        if comp != dotdot or (not lead and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = sep * lead + sep.join(parts)
    return path or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = os.fspath(filename)
    path, _ = _joinrealpath(filename[:0], filename, strict, {})
    return abspath(path)


def _joinrealpath(path, rest, strict, seen):
    sep, curdir, pardir, _, empty = _seps(rest)
    if isabs(rest):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir:
            continue
        if name == pardir:
            if path:
                path, name = split(path)
                if name == pardir:
                    path = join(path, pardir, pardir)
            else:
                path = pardir
            continue
        newpath = join(path, name)
        try:
            st = os.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = _stat.S_ISLNK(st.st_mode)
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                os.stat(newpath)
            return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _joinrealpath(path, os.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    sep, curdir, pardir, _, _ = _seps(path)
    if start is None:
        start = curdir
    else:
        start = os.fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    sep, curdir, _, _, _ = _seps(paths[0])
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs_, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs_ else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise
