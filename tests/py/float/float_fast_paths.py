# The interpreter's float fast paths (floats mixed with small ints, /, **,
# comparisons) agree with the general code, errors included.
import math

vals = [0.0, -0.0, 1.0, -1.5, 2.5, 1e300, -1e300, 5e-324, float("inf"), float("-inf"), 3, -4, 0, 2**53, 2**53 + 1, 2**62 - 1]
for name, f in [
    ("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
    ("/", lambda a, b: a / b), ("**", lambda a, b: a ** b),
]:
    for a in vals:
        row = []
        for b in vals:
            if type(a) is int and type(b) is int:
                continue
            try:
                r = f(a, b)
                row.append(repr(r))
            except (ZeroDivisionError, OverflowError, ValueError) as e:
                row.append(type(e).__name__ + ":" + str(e))
        print(name, repr(a), " ".join(row))

print(2.0 ** -1.5, 0.5 ** 0.5, 10.0 ** 308, 1.0000001 ** 1e9, 4 ** 0.5, 2 ** -1.0, (-8.0) ** (1 / 3))
for a, b in [(-2.0, 2.0), (-2.0, 0.5), (0.0, -1.0), (0.0, 0.0), (1.0, float("nan")), (float("nan"), 0.0), (10.0, 400.0)]:
    try:
        print(a, b, a ** b)
    except Exception as e:
        print(a, b, type(e).__name__, e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(1 / 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

nan = float("nan")
big = 2**53 + 1
for a, b in [(1.0, 2), (2, 1.0), (2.0, 2), (nan, 1.0), (1, nan), (nan, nan), (float(2**53), big), (big, float(2**53)),
             (float(2**62), 2**62 - 1), (-0.0, 0), (float("inf"), 2**62 - 1), (0.1, 0)]:
    print(a < b, a <= b, a == b, a != b, a > b, a >= b)
    if a < b:
        print("lt")
    if not a == b:
        print("ne")

class F(float):
    def __add__(self, o):
        return "F.add"
    def __lt__(self, o):
        return "F.lt"
print(F(1.0) + 2.0, F(1.0) < 2.0, 2.0 + F(1.0), True + 1.5, 1.5 * False, 1.5 < True)
total = 0.0
for i in range(10):
    total += i * 0.1
print(total, math.fsum(i * 0.1 for i in range(10)))
