# The type names and gc tracking of the iterators of bytearray, memoryview
# and ranges whose bounds do not fit a machine word (CPython's).
import gc
big = range(2**70, 2**70 + 5)
it = iter(big)
print(type(it).__name__, next(it) - 2**70, list(it)[-1] - 2**70, gc.is_tracked(iter(big)))
print(type(iter(range(-2**65, 0, 2**64))).__name__, list(range(-2**65, 0, 2**64)))
ba = bytearray(b"abc")
bi = iter(ba)
print(type(bi).__name__, next(bi), list(bi), type(ba.__iter__()).__name__)
ba2 = bytearray(b"xy")
it2 = iter(ba2)
ba2.append(122)
print(list(it2))
class BA(bytearray):
    pass
print(type(iter(BA(b"q"))).__name__, list(BA(b"qr")))
print(type(iter(b"")).__name__, type(iter(memoryview(b"ab"))).__name__)
print(type(reversed(range(2**70))).__name__)
