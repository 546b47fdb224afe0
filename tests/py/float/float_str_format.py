# float formatting via str(), format and %
x = 1234.5678
print(str(x), format(x), format(x, ".2f"), format(x, "e"), format(x, ".3g"), format(x, "g"))
print(format(0.000012345, "g"), format(123456789.0, "g"), format(1e16, "g"), format(1e-5, ".2e"))
print(format(-0.0, "f"), format(-0.0, ".1e"), format(-0.0, "g"), format(0.0, "+.1f"))
print(format(float("inf"), "f"), format(float("nan"), "F"), format(float("-inf"), ".2e"), format(float("inf"), "E"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"), format(2.675, ".2f"))
print(format(1e22, "f"), format(1e-7, "f"), format(1/3, ".20f"))
print(format(0.5, "%"), format(0.12345, ".1%"), format(1.0, "#.0f"), format(1.0, "#g"))
print("%f %e %g %.3f %10.2f %-10.2f| %+g" % (x, x, x, x, x, x, x))
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print(format(123.456, "r") if False else format(123.456, ""), format(1e100, ""), format(100.0, "n"))
print(format(12345678.9, ",.2f"), format(12345678.9, "_.1f"), format(1234.5, "012.3f"), format(-1234.5, "=+12.2f"))
print(f"{x:.{2}f}", f"{x:{10}.{1}f}|", f"{x!r}")
