# OSError subclasses and CPython's messages from os functions and open().
import os
import errno

missing = '/nonexistent_taipan_dir/x'
calls = [
    lambda: os.stat(missing),
    lambda: os.lstat(missing),
    lambda: os.listdir(missing),
    lambda: os.remove(missing),
    lambda: os.unlink(missing),
    lambda: os.rmdir(missing),
    lambda: os.chdir(missing),
    lambda: os.mkdir(missing),
    lambda: os.rename(missing, missing + '2'),
    lambda: os.replace(missing, missing + '2'),
    lambda: open(missing),
    lambda: open(missing, 'rb'),
    lambda: os.open(missing, os.O_RDONLY),
    lambda: os.mkdir('/'),
    lambda: os.rmdir('/etc/passwd'),
    lambda: os.listdir('/etc/passwd'),
    lambda: open('/'),
    lambda: open('/', 'w'),
    lambda: os.remove('/tmp'),
    lambda: os.read(987654, 1),
    lambda: os.close(987654),
    lambda: os.stat(3.5),
    lambda: os.listdir([1]),
    lambda: os.stat('a\0b'),
    lambda: os.fspath(1),
    lambda: os.strerror('x'),
]
for c in calls:
    try:
        c()
        print('no error')
    except OSError as e:
        print(type(e).__name__, e.errno, repr(e.strerror), e.filename, getattr(e, 'filename2', None))
        print('  ', e)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

print(os.error is OSError, issubclass(FileNotFoundError, os.error))
e = OSError(errno.ENOENT, os.strerror(errno.ENOENT), 'f')
print(type(e).__name__, e)
print(os.strerror(errno.EACCES), os.strerror(errno.EEXIST), os.strerror(errno.EISDIR), os.strerror(errno.ENOTDIR))
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EINVAL, errno.EAGAIN == errno.EWOULDBLOCK)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], len(errno.errorcode) > 100)
