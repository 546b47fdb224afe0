# io.FileIO over OS descriptors: modes, read/write/seek/truncate, closefd, errors.
import io
import os

path = os.path.join('/tmp', 'taipan_fileio_%d.bin' % os.getpid())
try:
    with io.FileIO(path, 'w') as f:
        print(f.write(b'hello world\nline2\n'), f.writable(), f.readable(), f.seekable(), f.mode, f.closefd)
        print(repr(f).startswith("<_io.FileIO name="), f.tell())
    print(f.closed, repr(f))
    f = io.FileIO(path)
    print(f.mode, f.read(5), f.tell(), f.readline(), f.read(), f.read(), f.seek(0), f.readall())
    f.seek(6)
    b = bytearray(5)
    print(f.readinto(b), b)
    try:
        f.write(b'x')
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation:', e)
    f.close()
    try:
        f.read()
    except ValueError as e:
        print('ValueError:', e)
    with io.FileIO(path, 'a') as f:
        f.write(b'more')
    with io.FileIO(path, 'r+') as f:
        print(f.mode, f.truncate(5), f.read())
    fd = os.open(path, os.O_RDONLY)
    with io.FileIO(fd, closefd=False) as f:
        print(f.read(), f.fileno() == fd)
    print(os.read(fd, 1), os.lseek(fd, 0, 0), os.read(fd, 2))
    os.close(fd)
    for bad in [lambda: io.FileIO(path, 'rw'), lambda: io.FileIO(path, 'q'), lambda: io.FileIO(path, 'bb'), lambda: io.FileIO(path, 'r++'), lambda: io.FileIO(path, 'x'),
                lambda: io.FileIO('/nonexistent_taipan/f'), lambda: io.FileIO(path, closefd=False), lambda: io.FileIO(-1)]:
        try:
            bad()
        except OSError as e:
            print(type(e).__name__ + ':', e.errno, e.strerror)
        except ValueError as e:
            print(type(e).__name__ + ':', e)
    print(isinstance(io.FileIO(path), io.RawIOBase))
finally:
    os.remove(path)
