# Assorted builtin edge cases: hash of dict_values, index overflow, str()
# argument count, readonly function attributes, exception __new__ results.
import sys
d = {1: 2}
print(type(hash(d.values())).__name__)
for v in (d.keys(), d.items()):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
for seq in ("test", [0, 1], (0, 1), b"ab", bytearray(b"ab"), range(3)):
    for i in (sys.maxsize + 1, -sys.maxsize - 2):
        try:
            seq[i]
        except (IndexError, OverflowError) as e:
            print(type(seq).__name__, type(e).__name__ + ":", e)
try:
    str(b"a", "utf-8", "ignore", "extra")
except TypeError as e:
    print("TypeError:", e)
def f():
    pass
for name in ("__globals__", "__closure__"):
    try:
        setattr(f, name, None)
    except AttributeError as e:
        print("AttributeError:", e)
print(f.__globals__ is globals())

class Bad(BaseException):
    def __new__(cls, *args):
        return 1

def gen():
    yield 1

for thrower in (lambda: gen().throw(Bad), lambda: gen().throw(int)):
    try:
        thrower()
    except TypeError as e:
        print("TypeError:", e)
try:
    raise Bad
except TypeError as e:
    print("TypeError:", e)

class Locals(dict):
    def __getitem__(self, k):
        return dir
    def keys(self):
        return iter(["b", "a"])
print(eval("dir()", {}, Locals()))
