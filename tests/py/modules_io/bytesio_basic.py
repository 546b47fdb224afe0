# io.BytesIO: read/write/seek/truncate/readinto, iteration, errors.
import io

b = io.BytesIO(b'line1\nline2\nrest')
print(b.readline(), b.read(3), b.tell(), list(b), b.seek(0, 2), b.write(b'++'), b.getvalue())
b.seek(2)
b.write(b'XY')
print(b.getvalue(), b.truncate(3), b.getvalue(), b.tell())
b.seek(6)
b.write(b'Z')
print(b.getvalue())
b.seek(-2, 2)
print(b.read(), b.seek(-100, 1), b.read(2))
ba = bytearray(3)
b = io.BytesIO(b'hello')
print(b.readinto(ba), ba, b.read1(1), b.read(), b.read())
b = io.BytesIO(bytearray(b'ab'))
b.write(bytearray(b'Q'))
print(b.getvalue(), b.readable(), b.writable(), b.seekable(), b.isatty())
b.seek(0)
print(b.readlines(), io.BytesIO(b'a\nb\nc').readlines(2))
with io.BytesIO(b'x\ny') as f:
    print([line for line in f])
print(f.closed)
for c in ['io.BytesIO().write("a")', 'io.BytesIO().seek(-1)', 'io.BytesIO(b"ab").seek(0, 5)', 'io.BytesIO("a")',
          'io.BytesIO(b"abc").read(1.5)', 'io.BytesIO().truncate(-1)', 'io.BytesIO().fileno()', 'io.BytesIO(None).getvalue()']:
    try:
        print(c, repr(eval(c)))
    except Exception as e:
        print(c, type(e).__name__ + ':', e)
b.close()
for c in ['b.read()', 'b.getvalue()', 'b.write(b"a")', 'b.tell()', 'b.closed']:
    try:
        print(c, repr(eval(c)))
    except Exception as e:
        print(c, type(e).__name__ + ':', e)
