# e/E/f/F/g/G/% presentation types with precision
vals = [0.0, 1.0, 9.999, 10.0, 99.95, 0.0001, 0.00001, 123456.0, 1234567.0, 1e100, 1.23456789e-8, 2.5, 3.5]
for v in vals:
    row = []
    for t in "eEfFgG%":
        for p in ("", ".0", ".1", ".4"):
            row.append(format(v, p + t))
    print(" ".join(row))
print(format(-1.5, ".3G"), format(1e-5, "G"), format(1234.5, ".2G"), format(15, ".1e"), format(25, "g"))
print(format(1.5, "n"), format(1e20, "n"), format(123, ".2%"))
