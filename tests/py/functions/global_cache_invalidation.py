# LOAD_GLOBAL caches a global's value while its module namespace is
# unchanged: every way of changing a global or a builtin must be seen.
import builtins
import sys

x = 1


def get_x():
    return x


def get_len():
    return len("abc")


print(get_x(), get_x())
x = 2
print(get_x())
globals()["x"] = 3
print(get_x())
sys.modules[__name__].x = 4
print(get_x())
setattr(sys.modules[__name__], "x", 5)
print(get_x())
del x
try:
    get_x()
except NameError as e:
    print("NameError:", e)
x = 6
print(get_x())

# A global shadows a builtin, then goes away again.
print(get_len())
len = lambda s: 42
print(get_len())
del len
print(get_len())
# Replacing the builtin itself.
orig = builtins.len
builtins.len = lambda s: -1
print(get_len())
builtins.len = orig
print(get_len())


# A counter rebound in a loop, read by another function each time.
counter = 0


def bump():
    global counter
    counter += 1


def read():
    return counter


total = 0
for i in range(1000):
    bump()
    total += read()
print(counter, total)

# The same code object run with different globals.
code = compile("y * 2", "<g>", "eval")
for g in ({"y": 1}, {"y": 10}, {"y": 100}):
    print(eval(code, g), eval(code, g))
src = "def f():\n    return z\n"
ns1 = {"z": "one"}
ns2 = {"z": "two"}
exec(src, ns1)
exec(src, ns2)
print(ns1["f"](), ns2["f"]())
ns1["z"] = "uno"
print(ns1["f"](), ns2["f"]())


# A flag set by another thread is seen by a loop polling it.
import threading

done = False


def setter():
    global done
    done = True


def poll():
    n = 0
    while not done:
        n += 1
    return n >= 0


t = threading.Thread(target=setter)
t.start()
print(poll())
t.join()
