# open() and os functions accept os.PathLike objects (__fspath__), with CPython's errors.
import os

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p

path = os.path.join('/tmp', 'taipan_open_pathlike_%d' % os.getpid())
with open(P(path), 'w') as f:
    print(type(f.name).__name__, f.name == path)
    f.write('abc')
print(os.path.getsize(P(path)), os.path.exists(P(path)), os.stat(P(path)).st_size)
with open(P(path.encode()), 'rb') as f:
    print(f.read(), type(f.name).__name__)
for bad in [lambda: open(P(3)), lambda: open(P('/nonexistent_taipan/q')), lambda: open([1]), lambda: os.stat(P(None))]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e)
    except TypeError as e:
        print('TypeError:', e)
os.remove(P(path))
print(os.path.exists(path))
