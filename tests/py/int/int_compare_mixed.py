# comparisons and mixing with floats
print(1 == 1.0, 2**53 + 1 == float(2**53 + 1), 2**53 + 1 == 2**53 + 1.0)
print(2**53 + 1 > float(2**53), 10**400 > 1e308, -10**400 < -1e308)
print(10**400 > float("inf"), 10**400 < float("inf"), 1 < float("nan"), 1 == float("nan"))
print(1 + 1.5, 3 * 0.5, 7 // 2.0, 7 % 2.5, -7 // 2.0, -7 % 2.5, 2 ** 0.5 * 2 ** 0.5)
print(10 ** 20 + 0.0, float(10 ** 20), 2 ** 63 / 2)
print(10**30 / 10**10, 10**30 // 10**10)
print(1 / 3, 2 / 3, 10 / 4, -10 / 4)
try:
    print(2 ** 2000 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print(type(e).__name__, e)
print((2 ** 2000) / (2 ** 1999))
print(1 < 2 < 3, 3 > 2 > 2, 1 <= 1 < 2, 1 < 3 > 2, 5 != 5.0)
print(max(1, 2.0, 1.5), min(3, 2.5, True))
print(0 == -0.0, 0 == False, 1 == True, 2 == True)
