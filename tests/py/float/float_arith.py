# float arithmetic and special values
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, -inf < inf)
print(0.0 == -0.0, str(-0.0), -0.0 + 0.0, 0.0 - 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2, divmod(-7.5, 2))
print(5.0 % inf, -5.0 % inf, 5.0 // inf, -5.0 // inf)
print(1e308 * 10, -1e308 * 10, 1e-323 / 10, 5e-324 / 2)
print(2.0 ** 0.5, 2.0 ** -1, (-8.0) ** 2, 0.0 ** 0, inf ** 0, nan ** 0, 1.0 ** nan)
for a, b in ((1.0, 0.0), (0.0, 0.0), (1.0, -0.0)):
    for op, fn in (("/", lambda: a / b), ("//", lambda: a // b), ("%", lambda: a % b)):
        try:
            fn()
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__)
try:
    (-8.0) ** 0.5 == 1
    print((-8.0) ** 0.5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(abs(-0.0), abs(-inf), -(0.0), -(-0.0))
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
print(sum([0.1] * 10), 0.1 * 10)
