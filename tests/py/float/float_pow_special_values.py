# float ** with infinities, NaN and zero (C99 pow rules, as CPython).
inf = float("inf")
nan = float("nan")
cases = [(0.0, -inf), (-0.0, -inf), (0.0, inf), (2.0, inf), (2.0, -inf),
         (0.5, inf), (0.5, -inf), (-1.0, inf), (1.0, nan), (nan, 0.0),
         (inf, -1.0), (-inf, 3.0), (-inf, 2.0), (-inf, -3.0), (inf, 0.5)]
for x, y in cases:
    print(x, y, x ** y, pow(x, y))
for x, y in [(0.0, -1.0), (-0.0, -2.5), (0.0, -1)]:
    try:
        print(x ** y)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
