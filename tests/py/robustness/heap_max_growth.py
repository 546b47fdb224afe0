# taipan-args: -X heap-max=16M
# Unbounded growth under a memory cap raises MemoryError in the growing
# operation, and the program goes on.  Taipan runs with -X heap-max=16M (the
# line above); CPython has no heap cap, so it gets an address-space limit
# instead (RLIMIT_AS, 128 MiB above its size at start): both really run out
# of memory and raise MemoryError, with empty args as PyErr_NoMemory.
import itertools
import sys

if sys.implementation.name == "cpython":
    import resource

    with open("/proc/self/statm") as f:
        size = int(f.read().split()[0]) * resource.getpagesize()
    resource.setrlimit(resource.RLIMIT_AS, (size + (128 << 20), resource.RLIM_INFINITY))


def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except MemoryError as e:
        print(label, type(e).__name__, e.args, repr(str(e)))


def grow_dict():
    d = {}
    i = 0
    while True:
        d[i] = i
        i += 1


def grow_list_of_lists():
    out = []
    while True:
        out.append([len(out)])


def grow_bytearray():
    b = bytearray()
    while True:
        b += b"x" * 4096


def double_str():
    s = "y"
    while True:
        s = s + s


def double_tuple():
    t = (0,)
    while True:
        t = t + t


attempt("list(count())", lambda: list(itertools.count()))
attempt("[0] * 10**9", lambda: [0] * 10**9)
attempt("b'x' * 10**10", lambda: b"x" * 10**10)
attempt("'a' * 10**9", lambda: "a" * 10**9)
attempt("bytearray(10**10)", lambda: bytearray(10**10))
attempt("dict grows", grow_dict)
attempt("list of lists grows", grow_list_of_lists)
attempt("dict.fromkeys(count())", lambda: dict.fromkeys(itertools.count()))
attempt("set(count())", lambda: set(itertools.count()))
attempt("[str(i) for i in count()]", lambda: [str(i) for i in itertools.count()])
attempt("bytearray grows", grow_bytearray)
attempt("str doubles", double_str)
attempt("tuple doubles", double_tuple)

# The program goes on, and memory freed by the failed operations is usable.
xs = [i * 2 for i in range(100000)]
d = {i: str(i) for i in range(10000)}
print("after", len(xs), sum(xs), len(d), d[9999])
blob = b"z" * (4 << 20)
print("4 MiB bytes", len(blob))
