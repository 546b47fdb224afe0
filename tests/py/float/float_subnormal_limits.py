# limits of doubles
import sys
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.radix)
print(5e-324, 5e-324 / 2, 2.5e-324, 3e-324, 1e-323, 2 ** -1074, 2.0 ** -1075)
print(fi.max * 2, fi.max + 1 == fi.max, -fi.max * 2)
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(2.0 ** 1023, 2.0 ** -1022)
x = 1.0
n = 0
while x / 2 > 0:
    x /= 2
    n += 1
print(n, x)
