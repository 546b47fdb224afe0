# trigonometry, degrees/radians, constants
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), math.cos(math.pi), round(math.sin(math.pi), 10))
print(math.asin(1), math.acos(1), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
print(math.hypot(3, 4), math.hypot(), math.hypot(1, 1, 1), math.hypot(-5), math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]))
for bad in (lambda: math.asin(2), lambda: math.acos(-1.5), lambda: math.acosh(0), lambda: math.atanh(1), lambda: math.dist((1,), (1, 2))):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__ + ":", e)
