# glob with recursive=True: '**' in the middle of a pattern, hidden names.
import glob
import os
import _tree

root = _tree.make()
os.chdir(root)
for pat in ['**/c/*', '**/b', '**/.*', 'a/**/.hf', 'nope/**', '*/**/h.txt']:
    print(repr(pat), sorted(glob.glob(pat, recursive=True)))
    print('  hidden', sorted(glob.glob(pat, recursive=True, include_hidden=True)))
os.chdir('/')
_tree.remove(root)
