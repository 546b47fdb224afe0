# os.path string operations (posixpath semantics), no file-system access.
import os
import os.path
import posixpath

p = os.path
print(p is posixpath, os.sep, os.altsep, os.extsep, os.pathsep, os.curdir, os.pardir, repr(os.linesep), os.devnull, os.name)
for args in [('a', 'b'), ('a/', 'b'), ('a', '/b', 'c'), ('', 'x'), ('x', ''), ('/',), ('a', 'b/', ''), (b'a', b'b')]:
    print('join', args, repr(p.join(*args)))
for s in ['/a/b', '/a/b/', 'a', '/', '//', '', 'a/b/c.txt', '///a//b', b'/x/y']:
    print('split', repr(s), p.split(s), repr(p.basename(s)), repr(p.dirname(s)))
for s in ['a.txt', 'a.tar.gz', '.bashrc', '..a', 'a.', 'dir.x/file', '/a/.b.c', '...x.y', b'f.py', '']:
    print('splitext', repr(s), p.splitext(s))
for s in ['', '.', '/', '//', '///', '/a/./b/../c/', 'a/../..', '../x/..', '/../a', 'a//b///c', './', 'a/b/../../..', b'/a/../b']:
    print('normpath', repr(s), repr(p.normpath(s)))
for s in ['/a', 'a', '', '//x', b'/y']:
    print('isabs', repr(s), p.isabs(s))
print(p.relpath('/a/b/c', '/a/d'), p.relpath('/a/b', '/a/b'), p.relpath('/x', '/a/b/c'))
print(p.commonprefix(['/usr/lib', '/usr/local', '/usr/li']), repr(p.commonprefix([])), p.commonprefix([[1, 2], [1, 3]]))
print(p.commonpath(['/usr/lib', '/usr/local/lib']), p.commonpath(['a/b', 'a/c/d']), p.commonpath(['/a']))
print(p.splitdrive('/a/b'), p.normcase('A/B'))
os.environ['TAIPAN_TEST_VAR'] = 'val'
print(p.expandvars('$TAIPAN_TEST_VAR/x ${TAIPAN_TEST_VAR}y $NOPE_NOT_SET ${bad $ end$'))
print(p.expanduser('no/tilde'), p.expanduser('~') == os.environ.get('HOME', p.expanduser('~')))
print(p.abspath('/a/b/../c'), p.abspath('x') == p.join(os.getcwd(), 'x'))
for bad in [lambda: p.join('a', b'b'), lambda: p.join('a', 1), lambda: p.join(1), lambda: p.commonpath([]),
            lambda: p.commonpath(['/a', 'b']), lambda: p.relpath(''), lambda: p.split(3)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
