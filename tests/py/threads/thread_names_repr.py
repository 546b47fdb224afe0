# Default names "Thread-N (target)", explicit names, daemon flags and the
# deterministic parts of repr().
import re
import threading
import warnings


def work():
    pass


def norm(r):
    # The ident in a repr is a number that changes from run to run.
    return re.sub(r" \d+\)>$", " IDENT)>", r)


t1 = threading.Thread(target=work)
t2 = threading.Thread()
t3 = threading.Thread(target=work, name="worker")
t4 = threading.Thread(target=len, name="")
print(t1.name, "|", t2.name, "|", t3.name, "|", t4.name)


class Callable:
    def __call__(self):
        pass


print(threading.Thread(target=Callable()).name)
print(threading.Thread(target=lambda: None).name)
print(threading.Thread(name=123).name)

print(repr(t1))
print(repr(threading.Thread(target=work, daemon=True)))
t1.start()
t1.join(10)
print(norm(repr(t1)))
print(norm(repr(threading.main_thread())))

t3.name = "renamed"
print(t3.name)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    t3.setName("again")
    print(t3.getName(), t3.isDaemon())
    t3.setDaemon(True)
    print(t3.daemon)

# Daemon status is inherited from the creating thread.
flags = []


def make_child():
    flags.append(threading.Thread(target=work).daemon)


d = threading.Thread(target=make_child, daemon=True)
d.start()
d.join(10)
nd = threading.Thread(target=make_child)
nd.start()
nd.join(10)
print(flags, threading.Thread(target=work).daemon)

try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)


class MyThread(threading.Thread):
    pass


m = MyThread(name="mine")
print(repr(m))
print(MyThread().name)

# Timer threads are named like other threads.
tm = threading.Timer(10, work)
print(tm.name, tm.daemon)
