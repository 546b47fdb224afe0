# fnmatch.filter and the errors of the module's functions.
import fnmatch

names = ['a.py', 'b.txt', 'c.py', '.hidden.py', 'README', 'setup.py']
print(fnmatch.filter(names, '*.py'))
print(fnmatch.filter(names, '[a-c]*'))
print(fnmatch.filter(names, '?????*'))
print(fnmatch.filter([], '*'))
print(fnmatch.filter(iter(names), '*E*'))
print(fnmatch.filter((n for n in names), 'x'))
print(fnmatch.filter('abc', 'a'))
print(fnmatch.filter([b'ab', b'b', b'ac'], b'a*'))
print(sorted(fnmatch.__all__))

def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

attempt(fnmatch.fnmatch, 'a', b'a')
attempt(fnmatch.fnmatch, b'a', 'a')
attempt(fnmatch.fnmatch, 1, 'a')
attempt(fnmatch.fnmatch, 'a', 1)
attempt(fnmatch.fnmatchcase, 'a', None)
attempt(fnmatch.filter, [b'a'], 'a')
attempt(fnmatch.filter, None, 'a')
attempt(fnmatch.translate, None)
