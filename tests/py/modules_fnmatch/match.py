# fnmatch.fnmatch / fnmatchcase on str and bytes.
import fnmatch

cases = [
    ('abc', 'abc'), ('abc', 'a*'), ('abc', '*c'), ('abc', '*b'), ('abc', 'a?c'),
    ('ac', 'a?c'), ('abc', '???'), ('abc', '????'), ('', ''), ('', '*'),
    ('', '?'), ('a', '[abc]'), ('d', '[abc]'), ('d', '[!abc]'), ('a', '[!abc]'),
    (']', '[]]'), ('a', '[]]'), ('x', '[!]]'), (']', '[!]]'), ('[', '['),
    ('[a', '[a'), ('-', '[a-]'), ('b', '[a-c]'), ('-', '[a-c]'), ('b', '[z-a]'),
    ('b', '[!z-a]'), ('\n', '?'), ('\n', '*'), ('a\nb', 'a*b'), ('ab\n', 'ab'),
    ('ab\n', 'ab*'), ('foo.py', '*.py'), ('.py', '*.py'), ('foo.pyc', '*.py'),
    ('a/b/c', 'a*c'), ('a/b/c', 'a/?/c'), ('AbC', 'abc'), ('abc', 'ABC'),
    ('\\', '[\\]'), ('\\', '\\'), ('*', '[*]'), ('x', '[*]'), ('&', '[&&]'),
    ('^', '[^a]'), ('b', '[^a]'), ('aXbYc', 'a*b*c'), ('abcabc', '*b*c'),
    ('aaaaaaaaaaaaaaaaaaaaaaaaaaaab', '*a*a*a*a*a*a*a*a*a*c'),
    ('caf\xe9', 'caf[\xe0-\xf0]'), ('!', '[z-a!x]'), ('x', '[z-a!x]'), ('y', '[z-a!x]'),
]
for name, pat in cases:
    print(repr(name), repr(pat), fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))

for name, pat in [(b'abc', b'a*'), (b'abc', b'*d'), (b'\xe9', b'[\xe0-\xf0]'), (b'a\nb', b'a?b'),
                  (b'x.txt', b'*.[ct]xt')]:
    print(name, pat, fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))

class P:
    def __fspath__(self):
        return 'file.txt'
print(fnmatch.fnmatch(P(), '*.txt'))
