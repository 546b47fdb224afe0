# pow with two and three arguments
print(pow(2, 10), pow(2, -1), pow(-3, 3), pow(0, 0))
print(pow(3, 200, 1000), pow(2, 1000, 10**9 + 7))
print(pow(7, -1, 13), pow(3, -2, 11), pow(-2, 5, 7), pow(2, 5, -7))
print(pow(5, 0, 1), pow(5, 0, 7), pow(123456789, 987654321, 2**61 - 1))
for args in ((2, -1, 4), (2, 3, 0), (2.0, 3, 4), (2, 0.5, 3)):
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(2, 0.5))
print(pow(-8, 1/3))
print((-1) ** 0.5)
print(pow(10, -3), 10 ** -3)
