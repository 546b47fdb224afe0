# conversions and mixing int/float
print(int(2.9), int(-2.9), int(1e20), int(1.5e300) % 1000, int(-0.0))
print(float(2**53) == 2**53, float(2**53 + 1) == 2**53 + 1)
print(3 / 2, 3 // 2.0, 3.0 // 2, 4 / 2, -3 / 2, 1 / 3 * 3)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1/3), 10 ** -2, 2.0 ** 10)
print(0.1 + 1, 1 - 0.9, 1e3 == 1000, 1e3 is 1000 if False else "skip")
print(10 ** 16 + 1.0, 10 ** 15 + 0.5)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(sorted([3, 1.5, 2, -0.5, True]))
print(7 % 0.5, 7.25 % 1, -7.25 % 1, 2 ** 1023 * 2.0 == float(2 ** 1024) if False else "ok")
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 * 1.0
except OverflowError as e:
    print(type(e).__name__, e)
print(1.0 * 10 ** 300, 10 ** 300 / 10 ** 299)
