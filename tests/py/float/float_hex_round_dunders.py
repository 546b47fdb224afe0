# float.hex/fromhex, exact round(), as_integer_ratio, float dunders
import math
for x in [1.0, 0.1, -2.5, 5e-324, 1.7976931348623157e308, 0.0, -0.0, float("inf")]:
    print(x.hex(), float.fromhex(x.hex()) == x, x.as_integer_ratio() if math.isfinite(x) else None)
for s in ["0x1.8p1", "  -0X1P-2  ", "0x.8", "1", "0x1.fffffffffffff8p1023", "inf", "-Infinity", "nan", "0x1p-1075", "0x1.0000000000001p-1075", "0x3p-1076"]:
    try:
        print(s, float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for s in ["0x", "x1", "0x1p", "1.2.3", "0x1p99999999999999999999"]:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for x in [0.5, 1.5, 2.5, -0.5, 2.675, 1e300, 5e-324, 123.456, -0.0, 0.125, 0.375, 1e22, 0.285]:
    print(x, round(x), round(x, 2), round(x, 1), round(x, 0), round(x, -1), round(x, -2), round(x, 5))
print(round(1.5, None), round(1e308, -308), round(-1.5, -10 ** 30), round(1.5, 10 ** 30), round(1e308, -307))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
    print(round(bad, 2))
print(float.__add__(1.5, 2), float.__add__(1.5, "x"), float.__rsub__(1.0, 3), float.__eq__(1.0, 1), float.__lt__(1.0, 10 ** 400))
print(float.__divmod__(7.5, 2), float.__rdivmod__(2.0, 7), float.__pow__(2.0, 0.5), float.__floordiv__(-7.5, 2), float.__mod__(-7.5, 2))
print((3.5).real, (3.5).imag, (3.5).conjugate(), (3.7).__trunc__(), (-3.5).__floor__(), (-3.5).__ceil__(), (2.5).__round__(), (2.5).__round__(0))
class F(float):
    pass
f = F(2.5)
print(f + 1, type(f + 1).__name__, f * 2, f == 2.5, hash(f) == hash(2.5), round(f), f.is_integer(), F.fromhex("0x1p3"), type(F.fromhex("0x1p3")).__name__)
print(10 ** 400 / 10 ** 399, (10 ** 400 + 1) / 3 ** 500, 2 ** 1100 / 2 ** 1000, -(10 ** 30) / 7, (2 ** 53 + 1) / 1, 1 / 2 ** 1074, 1 / 2 ** 1080)
for bad in (lambda: 10 ** 400 / 3, lambda: divmod(1.0, 0), lambda: (1.5).__pow__(2, 3), lambda: float("nan").as_integer_ratio()):
    try:
        print(bad())
    except (OverflowError, ZeroDivisionError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(float(" \u0661\u0662.\u0665 "), float("1_000.5"), float("1e1_0"), float.__getformat__("double"))
for s in ["1__0.5", "_1.0", "1.0_", "1_.5", "--1", "+-1", "1e", "e1", "."]:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__ + ":", e)
