# glob with recursive=True ('**') and include_hidden.
import glob
import os
import _tree

root = _tree.make()
os.chdir(root)
for pat in ['**', '**/', '**/*.py', 'a/**', 'a/**/*.py']:
    print(repr(pat), sorted(glob.glob(pat, recursive=True)))
    print('  hidden', sorted(glob.glob(pat, recursive=True, include_hidden=True)))
print(sorted(glob.glob('**/*.py')))
print(sorted(glob.glob('**/**/*.py', recursive=True)))
print(sorted(glob.glob('*', include_hidden=True)))
os.chdir('/')
_tree.remove(root)
