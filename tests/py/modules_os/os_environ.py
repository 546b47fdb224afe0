# os.environ mapping, getenv, putenv/unsetenv, fspath, PathLike and misc values.
import os
import sys

key = 'TAIPAN_TEST_ENV_KEY'
print(os.getenv(key), os.getenv(key, 'dflt'), key in os.environ)
os.environ[key] = 'v1'
print(os.getenv(key), os.environ[key], key in os.environ, os.environ.get(key))
os.environ.update({key: 'v2'})
print(os.environ[key], os.environ.setdefault(key, 'zz'), os.environ.pop(key), key in os.environ)
os.environ.setdefault(key, 'v3')
del os.environ[key]
print(os.getenv(key))
for bad in [lambda: os.environ[key], lambda: os.environ.__setitem__(key, 1), lambda: os.environ.__setitem__(1, 'x'),
            lambda: os.environ.__delitem__(key)]:
    try:
        bad()
    except (KeyError, TypeError) as e:
        print(type(e).__name__ + ':', e)
os.putenv(key, 'x')
os.unsetenv(key)
print(isinstance(os.environ.copy(), dict), 'PATH' in os.environ, all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
print(len(os.environ) == len(list(os.environ)) == len(os.environ.keys()))

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p

print(os.fspath('s'), os.fspath(b'b'), os.fspath(P('via')), os.fspath(P(b'bb')))
print(isinstance(P('x'), os.PathLike), isinstance('x', os.PathLike), issubclass(P, os.PathLike))
for bad in [lambda: os.fspath(1), lambda: os.fspath(P(3)), lambda: os.fspath(None)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(os.path.join(P('/tmp'), 'x'), os.path.basename(P('/a/b.c')))
print(os.fsencode('abc'), os.fsdecode(b'abc'))
print(sys.platform.startswith('linux'), os.name == 'posix', os.uname().sysname, os.uname()[0])
print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, os.cpu_count() >= 1)
r = os.urandom(16)
print(type(r).__name__, len(r), os.urandom(0))
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.F_OK)
print(os.access('/', os.F_OK), os.access('/nonexistent_taipan', os.F_OK), os.access('/', os.R_OK))
print(os.getcwd() == os.path.abspath('.'), isinstance(os.getcwdb(), bytes), os.isatty(987654))
print(os.get_exec_path(env={'PATH': '/a:/b'}))
print(os.getpgrp() == os.getpgid(0) == os.getpgid(os.getpid()), isinstance(os.getsid(0), int), os.getsid(0) == os.getsid(os.getpid()))
try:
    os.getsid(2 ** 22 + 12345)
except ProcessLookupError as e:
    print('ProcessLookupError:', e)
