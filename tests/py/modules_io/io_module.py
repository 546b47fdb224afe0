# io module names: open, constants, base classes, UnsupportedOperation, file types.
import io
import os

print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.open is open, issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.IOBase))
print(isinstance(io.StringIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.TextIOBase))
print(io.StringIO.__name__, io.BytesIO.__name__, io.TextIOWrapper.__name__, io.BufferedReader.__name__)
path = os.path.join('/tmp', 'taipan_io_module_%d.txt' % os.getpid())
try:
    with io.open(path, 'w') as f:
        print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f, io.IOBase))
        f.write('abc\n')
    with open(path, 'rb') as f:
        print(isinstance(f, io.BufferedReader), isinstance(f, io.BufferedIOBase), f.read())
    with open(path, 'r') as f:
        try:
            f.write('x')
        except io.UnsupportedOperation as e:
            print('UnsupportedOperation:', e)
finally:
    os.remove(path)
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation:', e)
