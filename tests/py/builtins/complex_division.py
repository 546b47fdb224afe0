# Complex division rounds as CPython's (the divisor's smaller part scaled by
# the larger), keeps large parts from overflowing, and gives NaNs for a NaN
# or infinite divisor as CPython does.
vals = [1j, 1 + 2j, -3.5 + 0.25j, 2.3333333333333335 + 0j, 0.1 + 0.7j,
        1e300 + 1e300j, 1e-300 - 1e-300j, -0.0 + 1j, 7 - 0j, 3j - 1e-5]
for a in vals:
    for b in vals:
        print(repr(a), repr(b), repr(a / b))
print(1j / (2.3333333333333335 + 0j))
print((1 + 1j) / 1e308j, 1e308 / (1e308 + 1e308j))
inf, nan = float("inf"), float("nan")
for b in [complex(inf, 1), complex(1, inf), complex(nan, 1), complex(inf, inf), complex(1, nan)]:
    print(repr(b), repr((1 + 1j) / b))
print(repr(5 / (1 + 1j)), repr((2 + 2j) / 2), repr(2.5 / 1j))
print(repr((1 + 2j) ** -1), repr((3 - 4j) ** -2), repr((1e200 + 1e200j) ** -1))
for d in [0j, 0.0, 0]:
    try:
        (1 + 1j) / d
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
