# Helper for the glob tests: build a small directory tree in /tmp and remove it.
import os

FILES = ['f.txt', 'g.py', '.dot', 'a/f.txt', 'a/b/g.py', 'a/b/c/h.txt',
         '.hid/x/y.txt', 'a/.h2/z', 'e[x]/q', 'a/b/.hf', 'sp ace/s*', 'a/b/c/d/deep.py']


def make():
    root = '/tmp/taipan_glob_%d' % os.getpid()
    os.mkdir(root)
    for f in FILES:
        path = os.path.join(root, f)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as fh:
            fh.write(f)
    os.symlink('a/b', os.path.join(root, 'lnk'))
    os.symlink('nowhere', os.path.join(root, 'broken'))
    return root


def remove(root):
    for dirpath, dirnames, filenames in os.walk(root, topdown=False):
        for name in filenames:
            os.unlink(os.path.join(dirpath, name))
        for name in dirnames:
            path = os.path.join(dirpath, name)
            if os.path.islink(path):
                os.unlink(path)
            else:
                os.rmdir(path)
    os.rmdir(root)
    print('removed', not os.path.exists(root))
