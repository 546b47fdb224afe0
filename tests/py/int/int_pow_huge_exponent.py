# 0, 1 and -1 to an exponent too big for a machine word.
big = 2 ** 100
print(0 ** big, 1 ** big, (-1) ** big, (-1) ** (big + 1))
print(pow(0, big), pow(-1, big + 3))
print(2 ** 65, (-3) ** 41)
try:
    2 ** -1 ** 0
except Exception as e:
    print(type(e).__name__)
print(0 ** 0, 0 ** 1)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
