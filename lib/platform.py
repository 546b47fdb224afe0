"""Information about the platform and the interpreter (Taipan's `platform`).

The system facts come from `os.uname()` (the kernel's /proc/sys/kernel
values); the interpreter facts from `sys`: `python_implementation()` is
'Taipan' (as PyPy's is 'PyPy'), matching `sys.implementation.name`, and
`python_version()` follows `sys.version_info`.  Windows, macOS and Java
queries return the empty defaults CPython returns on Linux.
"""

import os
import sys
import collections

__version__ = '1.0.8'


# --- Interpreter ---

def python_implementation():
    name = sys.implementation.name
    return {'cpython': 'CPython', 'pypy': 'PyPy', 'taipan': 'Taipan'}.get(name, name.capitalize())


def python_version_tuple():
    v = sys.version_info
    return (str(v[0]), str(v[1]), str(v[2]))


def python_version():
    return '.'.join(python_version_tuple())


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    return ('main', '')


def python_compiler():
    return 'rustc'


# --- System ---

class uname_result(collections.namedtuple('uname_result_base',
                                          'system node release version machine')):
    """platform.uname(): the five uname fields plus `processor`."""

    __module__ = 'platform'
    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:5]

    def __repr__(self):
        return ('uname_result(system={!r}, node={!r}, release={!r}, version={!r}, '
                'machine={!r})'.format(*tuple.__iter__(self)))


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    # CPython asks `uname -p`, which GNU coreutils answers with 'unknown'
    # on Linux, reported as ''.
    return ''


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the interpreter: ('64bit', 'ELF') on 64-bit Linux."""
    if not bits:
        import struct
        bits = str(struct.calcsize('P') * 8) + 'bit'
    if not linkage:
        linkage = 'ELF'
    return bits, linkage


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """('glibc', '2.x') read from the C library this process has loaded."""
    path = None
    try:
        with open('/proc/self/maps') as f:
            for line in f:
                name = line.split()[-1] if line.split() else ''
                base = name.rsplit('/', 1)[-1]
                if base.startswith('libc.so') or base.startswith('libc-'):
                    path = name
                    break
    except OSError:
        return lib, version
    if path is None:
        return lib, version
    try:
        with open(path, 'rb') as f:
            data = f.read()
    except OSError:
        return lib, version
    marker = b'release version '
    i = data.find(marker)
    if i >= 0:
        j = i + len(marker)
        k = j
        while k < len(data) and (data[k:k + 1].isdigit() or data[k:k + 1] == b'.'):
            k += 1
        v = data[j:k].rstrip(b'.').decode('ascii')
        if v:
            return 'glibc', v
    return lib, version


def platform(aliased=False, terse=False):
    """'Linux-<release>-<machine>-with-<libc><version>', as CPython on Linux."""
    u = uname()
    lib, ver = libc_ver()
    text = f'{u.system}-{u.release}-{u.machine}'
    if lib:
        text += f'-with-{lib}{ver}'
    return text


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a dict."""
    for candidate in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(candidate, encoding='utf-8') as f:
                text = f.read()
            break
        except OSError as e:
            errno = e.errno
    else:
        raise OSError(errno, f'Unable to read files {", ".join(("/etc/os-release", "/usr/lib/os-release"))}')
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith('#') or '=' not in line:
            continue
        key, _, value = line.partition('=')
        if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
            value = value[1:-1]
        info[key] = value
    return info


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


def system_alias(system, release, version):
    return system, release, version
