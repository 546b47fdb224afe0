# Builtins that collect an iterable into native memory (min, max,
# array.extend, ** of a mapping whose keys() makes new objects) must root the
# items before allocating again: a generator's fresh tuples are referenced
# by nothing else.
import math
from array import array

words = "the quick brown fox jumps over the lazy dog".split()
for _ in range(20):
    print(max((len(w), w, [w]) for w in words), min((w[::-1], (w,)) for w in words))
    print(max(((i, str(i)) for i in range(50)), key=lambda t: t[1]))


class M:
    def keys(self):
        return ((i, str(i)) for i in range(3))

    def __getitem__(self, k):
        return [k]


def f(**kw):
    return kw


for _ in range(20):
    try:
        f(**M())
    except TypeError as e:
        print(e)
    print(dict(**{str(k): v for k, v in zip("abc", ((i, str(i)) for i in range(3)))}))
    a = array("d")
    a.extend(float(i) / 3 for i in range(30))
    print(len(a), a[29])


class Num:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        [str(i) for i in range(20)]  # allocates
        return float(self.v)

    def __index__(self):
        [str(i) for i in range(20)]
        return self.v


for _ in range(10):
    print(math.dist((Num(i) for i in range(3)), (Num(i * 2) for i in range(3))), bytes(Num(i) for i in range(40))[-3:])
