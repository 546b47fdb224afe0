# glob with bytes patterns.
import glob
import os
import _tree

root = _tree.make()
os.chdir(root)
for pat in [b'*', b'.*', b'a/*', b'*/*.txt', b'f.txt', b'nope', b'a/b/', b'e[[]x]/*']:
    print(pat, sorted(glob.glob(pat)))
print(sorted(glob.glob(b'**/*.py', recursive=True)))
print(sorted(glob.glob(b'*', root_dir=os.fsencode(root + '/a'))))
os.chdir('/')
_tree.remove(root)
