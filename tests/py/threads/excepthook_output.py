# An exception that escapes a thread's run() goes to threading.excepthook;
# the default hook prints "Exception in thread NAME:" and the traceback to
# sys.stderr (captured here); SystemExit is silent; custom hooks get
# ExceptHookArgs; a hook that raises is reported too.
import io
import re
import sys
import threading


def fails():
    raise ValueError("bad value")


def exits():
    raise SystemExit(3)


def run_capturing(target, name):
    old = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        t = threading.Thread(target=target, name=name)
        t.start()
        t.join(10)
    finally:
        sys.stderr = old
    return buf.getvalue()


out = run_capturing(fails, "failing")
lines = out.splitlines()
print(lines[0])
print(lines[1])
# CPython shows the script's absolute path; keep only the file name.
print([re.sub(r'File "[^"]*[/\\]', 'File "', l.strip())
       for l in lines if "excepthook_output.py" in l])
print(lines[-1])

print(repr(run_capturing(exits, "exiting")))
print(threading.excepthook is threading.__excepthook__)

# A custom hook.
seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value),
                 type(args.exc_traceback).__name__, args.thread.name,
                 len(args), args[0] is args.exc_type))


threading.excepthook = hook
print(repr(run_capturing(fails, "custom")))
print(repr(run_capturing(exits, "custom-exit")))
print(seen)


# A hook that raises: reported with "Exception in threading.excepthook:".
def bad_hook(args):
    raise KeyError("in hook")


threading.excepthook = bad_hook
lines = run_capturing(fails, "badhook").splitlines()
print(lines[0])
print(lines[-1])
threading.excepthook = threading.__excepthook__

# The thread is not alive afterwards and others still run.
t = threading.Thread(target=fails)
old = sys.stderr
sys.stderr = io.StringIO()
t.start()
t.join(10)
sys.stderr = old
print(t.is_alive())
