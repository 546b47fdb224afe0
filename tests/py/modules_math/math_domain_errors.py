# ValueError: math domain error and friends
import math
tests = [("sqrt", -1), ("log", 0), ("log", -5), ("acos", 2), ("asin", -2), ("log1p", -1), ("acosh", 0.5), ("atanh", -1), ("gamma", 0), ("gamma", -1), ("lgamma", -2)]
for name, arg in tests:
    try:
        print(name, arg, getattr(math, name)(arg))
    except (ValueError, OverflowError) as e:
        print(name, arg, type(e).__name__ + ":", e)
print(math.gamma(5), round(math.gamma(0.5) ** 2, 12), round(math.lgamma(10), 12), math.erf(0), round(math.erf(1), 12), round(math.erfc(1), 12))
print(math.sqrt(math.inf), math.exp(-math.inf), math.log(math.inf), math.atan(math.inf), math.sin(0.0), math.isnan(math.sqrt(math.nan)))
try:
    math.sin(math.inf)
except ValueError as e:
    print(type(e).__name__ + ":", e)
