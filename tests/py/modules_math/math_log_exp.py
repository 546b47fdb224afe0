# logarithms and exponentials
import math
print(math.log(math.e), math.log(1), math.log(100, 10), math.log(8, 2), math.log(2 ** 1000), math.log(10 ** 400))
print(math.log2(1024), math.log2(3), math.log10(1000), math.log10(2), math.log1p(1e-10), math.expm1(1e-10))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(710) if False else math.exp(700), math.exp(-1000))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0), math.pow(1, float("nan")))
for bad in (lambda: math.log(0), lambda: math.log(-1), lambda: math.log10(0), lambda: math.log(10, 1), lambda: math.log2(-1), lambda: math.pow(-8, 1 / 3)):
    try:
        print(bad())
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__ + ":", e)
