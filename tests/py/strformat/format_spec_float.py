# format-spec mini-language for floats
vals = [0.0, -0.0, 1.5, -2.25, 1234567.891, 0.000123456, 1e16, 1e-10, 123.0, float("inf"), float("-inf"), float("nan")]
specs = ["", "f", ".2f", ".0f", "e", ".3e", "E", "g", ".3g", "G", "%", ".1%", "+.1f", " .1f", "10.2f", "<10.1f", "^12.3g", "010.2f", ",.2f", "_.3f", "#.0f", "#g", ".10g", "n", "F", ".0e", "#.0e", "=+12.1f"]
for v in vals:
    print(repr(v), " | ".join(format(v, s) for s in specs))
print(format(1.0, ".60f"))
print(format(0.1, ".30f"), format(1/3, ".17g"), format(2/3, ".1g"), format(9.5, ".0f"), format(0.05, ".1f"), format(0.15, ".1f"), format(0.25, ".1f"))
print(format(123456789.0, ".3g"), format(0.0001, "g"), format(0.00001, "g"), format(1e15, "g"), format(1e16, ".16g"), format(1.5, "z.1f") if False else "")
for spec in ("d", "x", "c", "b"):
    try:
        format(1.5, spec)
    except ValueError as e:
        print(type(e).__name__, e)
