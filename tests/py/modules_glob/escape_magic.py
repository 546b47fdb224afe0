# glob.escape and glob.has_magic (no file system access).
import glob

for s in ['', 'abc', 'a*b', 'a?b', '[ab]', 'a]b', '*?[', '/x/[y]/*.py', 'é*']:
    print(repr(s), glob.has_magic(s), repr(glob.escape(s)))
for s in [b'abc', b'a*', b'[x]', b'?']:
    print(s, glob.has_magic(s), glob.escape(s))
print(sorted(glob.__all__))
for bad in [None, 1]:
    for f in (glob.escape, glob.has_magic):
        try:
            f(bad)
        except TypeError as e:
            print('TypeError')
