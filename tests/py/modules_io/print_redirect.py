# print(file=StringIO()), replacing sys.stdout, contextlib.redirect_stdout/stderr.
import io
import sys
import contextlib

buf = io.StringIO()
print('hello', 42, sep='-', file=buf)
print('world', file=buf, end='!')
print(file=buf)
print(repr(buf.getvalue()))
out = io.StringIO()
with contextlib.redirect_stdout(out):
    print('captured', 1)
    print('second')
print(repr(out.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print('to stderr', file=sys.stderr)
print(repr(err.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print('x')
sys.stdout.write('y\n')
value = sys.stdout.getvalue()
sys.stdout = old
print(repr(value))
print(sys.stdout is old)
