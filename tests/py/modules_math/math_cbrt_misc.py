# newer helpers in 3.11 and misc
import math
print(round(math.cbrt(27), 12), math.cbrt(-8), math.exp2(10), math.exp2(0.5))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-10, 3), math.remainder(5, 2), math.remainder(7, 2))
print(math.floor(math.pi * 1000) / 1000, round(math.e, 5), f"{math.tau:.6f}")
print(sorted([math.pi, math.e, math.tau, 1, math.sqrt(2)]))
