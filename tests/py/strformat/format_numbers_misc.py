# odd formatting corners
print(format(0, "x"), format(0, "#o"), format(0, "#b"), format(-0, "d"), format(0.0, "e"), format(-0.0, "+g"))
print(format(2**64, "x"), format(-2**64, "#X"), format(255, "08b"), format(255, "#08b"), format(255, "#8b"))
print(format(True, "d"), format(False, ""), format(True, ""), format(True, "^7"), format(True, ".1f"))
print(format(1e300 * 1e10, "08.2f"), format(float("nan"), "+08.2f"), format(-float("inf"), "010"))
print(format(3, ".3f"), format(3, "e"), format(3, "%"), format(10**20, "e"), format(10**20, ".3g"))
print(format(1.25, ".1f"), format(1.35, ".1f"), format(1.45, ".1f"), format(0.045, ".2f"), format(1e-6, ".6f"))
print(format(123.456, "10.3e"), format(123.456, "<12g"), format(123.456, "^+12.1f"))
print(str(1e16), str(1e15), format(1e16), format(1e16, ""), format(1e15, ".1f"))
