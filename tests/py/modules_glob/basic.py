# glob.glob / iglob without recursion: wildcards, hidden files, literal parts.
import glob
import os
import _tree

root = _tree.make()
os.chdir(root)
for pat in ['*', '.*', '?.*', '*.txt', '*.py', 'a/*', 'a/.*', '*/*', '*/*/*', '*/*.txt',
            '[a-f]*', '[!a]*', 'a/b', 'a/b/', 'a/b/c/', 'f.txt', 'f.txt/', 'nope',
            'nope/*', '*/nope', 'a/[bc]/*.py', 'lnk/*', 'lnk', 'broken', 'broken/',
            '*/x/*', '.hid/*/*', 'e[x]/*', 'e[[]x]/*', 'sp ace/*', 'sp ace/s[*]',
            '**', '**/*.py', '', '*/', 'a//b', './a/*', 'a/b/../*.txt']:
    print(repr(pat), sorted(glob.glob(pat)))
print(sorted(glob.glob(os.path.join(root, 'a', '*'))) == sorted(
    os.path.join(root, 'a', n) for n in ['f.txt', 'b']))
it = glob.iglob('*.py')
print(type(it).__name__ != 'list', sorted(it))
print(list(glob.iglob('')))
print(sorted(glob.glob1('a', '*')), glob.glob0('a', 'b'), glob.glob0('a', ''), glob.glob0('a', 'zz'))
os.chdir('/')
_tree.remove(root)
