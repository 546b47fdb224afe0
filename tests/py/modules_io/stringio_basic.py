# io.StringIO: read/write/seek/tell/truncate, iteration, closed state, errors.
import io

s = io.StringIO('hello\nworld\nlast')
print(repr(s.read(3)), s.tell(), repr(s.readline()), repr(s.readline(2)), repr(s.readline()), repr(s.readline()), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(0)
print(s.readlines(3))
s.seek(0)
print([line for line in s])
s = io.StringIO()
print(s.write('abc'), s.write(''), s.tell(), repr(s.getvalue()))
s.writelines(['x', 'y\n', 'z'])
print(repr(s.getvalue()), s.tell())
s.seek(1)
s.write('B')
print(repr(s.getvalue()), repr(s.read()), s.tell())
s.seek(0, 2)
print(s.tell())
print(s.truncate(2), repr(s.getvalue()), s.tell())
s.seek(8)
s.write('!')
print(repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed, s.line_buffering, s.encoding, s.errors)
s.flush()
with io.StringIO('a\nb\n') as f:
    print([repr(x) for x in f])
print(f.closed)
for c in ['io.StringIO(1)', 'io.StringIO().write(1)', 'io.StringIO().seek(-1)', 'io.StringIO().seek(1, 1)',
          'io.StringIO().seek(0, 3)', 'io.StringIO(newline="x")', 'io.StringIO().fileno()',
          'io.StringIO().truncate(-1)', 'io.StringIO("ab").read(None)', 'io.StringIO().seek(1.5)',
          'io.StringIO("abc").readline(-5)', 'io.StringIO().detach()', 'io.StringIO(None).getvalue()']:
    try:
        print(c, repr(eval(c)))
    except Exception as e:
        print(c, type(e).__name__ + ':', e)
s = io.StringIO('x')
s.close()
s.close()
for c in ['s.read()', 's.getvalue()', 's.write("a")', 's.tell()', 's.closed', 'next(iter(s))', 's.seekable()', 's.readline()', 's.seek(0)']:
    try:
        print(c, repr(eval(c)))
    except Exception as e:
        print(c, type(e).__name__ + ':', e)
