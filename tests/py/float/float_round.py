# round() with floats: banker's rounding and ndigits
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999999999999, 2.675, 1.005, 0.125, 0.375):
    print(v, round(v), round(v, 2), round(v, 1), type(round(v)).__name__)
print(round(123.456, -1), round(123.456, -2), round(155.0, -1), round(165.0, -1), round(1e20, -5))
print(round(-0.4), round(-0.0), round(0.0, 3), round(-0.001, 2))
print(round(1.23456789e-5, 7), round(987654.321, 0), round(2.5, 0), round(3.5, None))
print(round(1e300, 2), round(5e-324, 400), round(1.5, -400))
for v in (float("inf"), float("nan")):
    print(round(v, 2))
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
