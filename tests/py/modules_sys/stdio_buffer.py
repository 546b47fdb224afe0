# sys.stdout.buffer / sys.stderr.buffer / sys.stdin.buffer: the binary layer
# under the text streams; text and bytes written in turn stay in order.
import sys
print("text first")
n = sys.stdout.buffer.write(b"bytes next\n")
print(n)
sys.stdout.write("text again\n")
sys.stdout.buffer.write(bytearray(b"ba\n"))
sys.stdout.buffer.write(memoryview(b"mv\n"))
sys.stdout.buffer.flush()
print(sys.stdout.buffer.mode, sys.stdin.buffer.mode, sys.stderr.buffer.mode)
print(sys.stdout.buffer.writable(), sys.stdin.buffer.readable(), sys.stdout.buffer.fileno())
try:
    sys.stdout.buffer.write("str")
except TypeError as e:
    print(type(e).__name__, e)
# stdin is empty (/dev/null) under the test harness.
print(repr(sys.stdin.buffer.readline()), repr(sys.stdin.buffer.read()))
sys.stderr.buffer.write(b"to stderr\n")
print(type(sys.stdout.buffer.write(b"")))
