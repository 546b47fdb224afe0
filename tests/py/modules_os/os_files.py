# Directory and file operations in a temporary directory, stat, walk, scandir.
import os
import stat

base = os.path.join('/tmp', 'taipan_os_files_%d' % os.getpid())
os.mkdir(base)
try:
    sub = os.path.join(base, 'a', 'b', 'c')
    os.makedirs(sub)
    os.makedirs(sub, exist_ok=True)
    try:
        os.makedirs(sub)
    except FileExistsError as e:
        print('FileExistsError', e.errno, e.strerror, e.filename == sub)
    f1 = os.path.join(base, 'a', 'f1.txt')
    with open(f1, 'w') as f:
        f.write('hello world')
    print(os.path.exists(f1), os.path.isfile(f1), os.path.isdir(f1), os.path.getsize(f1))
    print(os.path.isdir(sub), os.path.exists(os.path.join(base, 'zzz')), os.path.lexists(f1))
    st = os.stat(f1)
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), len(st), st[stat.ST_SIZE])
    print(isinstance(st.st_mtime, float), isinstance(st.st_mtime_ns, int), st[8] == int(st.st_mtime))
    print(isinstance(st, tuple), type(st).__name__, st.st_nlink, stat.S_IMODE(os.stat(base).st_mode) & 0o700)
    os.chmod(f1, 0o640)
    print(oct(stat.S_IMODE(os.stat(f1).st_mode)), stat.filemode(os.stat(f1).st_mode))
    print(sorted(os.listdir(os.path.join(base, 'a'))), sorted(os.listdir(os.path.join(base, 'a').encode())))
    f2 = os.path.join(base, 'a', 'f2.txt')
    os.rename(f1, f2)
    print(os.path.exists(f1), os.path.exists(f2))
    with open(f1, 'w') as f:
        f.write('x')
    os.replace(f1, f2)
    print(os.path.getsize(f2))
    for root, dirs, files in os.walk(base):
        dirs.sort()
        print('walk', os.path.relpath(root, base), sorted(dirs), sorted(files))
    for root, dirs, files in os.walk(base, topdown=False):
        print('walk-up', os.path.relpath(root, base), sorted(dirs), sorted(files))
    with os.scandir(os.path.join(base, 'a')) as it:
        for e in sorted(it, key=lambda e: e.name):
            print('entry', e.name, e.is_dir(), e.is_file(), e.is_symlink(), e.path == os.path.join(base, 'a', e.name), repr(e))
    link = os.path.join(base, 'lnk')
    os.symlink(f2, link)
    print(os.path.islink(link), os.path.islink(f2), os.readlink(link) == f2, os.path.realpath(link) == os.path.realpath(f2))
    print(stat.S_ISLNK(os.lstat(link).st_mode), stat.S_ISLNK(os.stat(link).st_mode))
    os.unlink(link)
    # Working directory.
    here = os.getcwd()
    os.chdir(base)
    print(sorted(os.listdir()), os.path.exists('a/f2.txt'), os.path.abspath('a') == os.path.join(os.path.realpath(base), 'a') or os.path.abspath('a') == os.path.join(base, 'a'))
    os.chdir(here)
    # Low-level descriptors.
    fd = os.open(os.path.join(base, 'raw.bin'), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(os.write(fd, b'abcdef'))
    os.close(fd)
    fd = os.open(os.path.join(base, 'raw.bin'), os.O_RDONLY)
    print(os.read(fd, 3), os.lseek(fd, 1, os.SEEK_SET), os.read(fd, 10), os.read(fd, 10), os.fstat(fd).st_size)
    os.close(fd)
    try:
        os.open(os.path.join(base, 'raw.bin'), os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    os.truncate(os.path.join(base, 'raw.bin'), 2)
    print(os.path.getsize(os.path.join(base, 'raw.bin')))
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for n in files:
            os.remove(os.path.join(root, n))
        for n in dirs:
            p = os.path.join(root, n)
            if os.path.islink(p):
                os.unlink(p)
            else:
                os.rmdir(p)
    os.rmdir(base)
print(os.path.exists(base))
