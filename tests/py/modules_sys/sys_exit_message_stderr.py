# sys.exit("message") writes the message to sys.stderr, whatever object it
# is, before the atexit functions run (here one shows what was captured).
import atexit
import io
import sys

captured = io.StringIO()


def show():
    print("captured:", repr(captured.getvalue()))


atexit.register(show)
sys.stderr = captured
print("start")
sys.exit("message to a StringIO")
