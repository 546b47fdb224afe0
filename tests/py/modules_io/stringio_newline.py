# io.StringIO newline= modes: translation on write, line splitting and .newlines.
import io

for nl in ['\n', None, '', '\r', '\r\n']:
    s = io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
    s = io.StringIO(newline=nl)
    s.write('x\ny\r\nz\r')
    print(repr(s.getvalue()), s.tell(), s.newlines)
    s.seek(0)
    print(list(s))
s = io.StringIO(newline=None)
s.write('one\n')
print(s.newlines)
s.write('two\r\n')
print(s.newlines)
