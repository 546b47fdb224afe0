# repr of a float whose exact value lies halfway between two shortest
# candidates: CPython takes the even last digit.
import random

for x in (161852602146008.12, -788830060729777.2, 1959276370239205.2,
          -1818262230632059.2, 2.0 ** 60 + 2 ** 8, 9007199254740993.0):
    print(repr(x), str(x), f"{x}", "%r" % x, format(x, ""), float(repr(x)) == x)
print(repr(161852602146008.12 + 1j), repr(complex(0.0, 1959276370239205.2)))
print(repr(complex(-1818262230632059.2, 0.0)))
r = random.Random(11)
total = 0
for _ in range(20000):
    x = r.uniform(-1e16, 1e16)
    s = repr(x)
    assert float(s) == x
    total += sum(map(ord, s))
print(total)
