# copysign, fmod, modf, frexp, ldexp, fabs, isfinite/isinf/isnan, isclose, nextafter, ulp
import math
print(math.copysign(3, -0.0), math.copysign(-3, 1), math.copysign(0.0, -1), math.copysign(1, float("-nan")) in (1.0, -1.0))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(7.5, 2), -7 % 3)
print(math.modf(3.75), math.modf(-3.75), math.modf(0.0), math.modf(float("inf")))
print(math.frexp(8), math.frexp(0.1), math.frexp(0), math.frexp(-1.5), math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1, 1024) if False else "")
print(math.fabs(-2), math.fabs(-0.0), math.isfinite(1e308), math.isfinite(math.inf), math.isinf(-math.inf), math.isinf(1e308), math.isnan(math.nan), math.isnan(1))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(0.0), math.ulp(1e300))
for bad in (lambda: math.fmod(1, 0), lambda: math.fmod(math.inf, 1), lambda: math.ldexp(1.0, 2000), lambda: math.isclose(1, 1, rel_tol=-1)):
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
