# glob with root_dir and dir_fd: results relative to that directory.
import glob
import os
import _tree

root = _tree.make()
os.chdir('/')
for pat in ['*', '*.txt', 'b/*', '**/*.py', 'b/', 'f.txt', 'nope', '']:
    print(repr(pat), sorted(glob.glob(pat, root_dir=os.path.join(root, 'a'))),
          sorted(glob.glob(pat, root_dir=os.path.join(root, 'a'), recursive=True)))
print(sorted(glob.glob('*', root_dir=root + '/a/b/c')))
print(sorted(glob.glob('c/*', root_dir=root + '/lnk')))
print(sorted(glob.glob(root + '/a/*', root_dir='/nonexistent')) == [root + '/a/b', root + '/a/f.txt'])

class P:
    def __fspath__(self):
        return root + '/a/b'
print(sorted(glob.glob('*', root_dir=P())))

fd = os.open(root, os.O_RDONLY)
try:
    print(sorted(glob.glob('a/*', dir_fd=fd)))
    print(sorted(glob.glob('**/*.txt', dir_fd=fd, recursive=True)))
    print(sorted(glob.glob('*', dir_fd=fd, root_dir='a/b')))
    print(sorted(glob.glob('f.txt', dir_fd=fd)), glob.glob('zz', dir_fd=fd))
finally:
    os.close(fd)
_tree.remove(root)
