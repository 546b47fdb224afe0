# format-spec mini-language for ints
n = 1234567
for spec in ["", "d", "10d", "<10d", ">10", "^10", "=+10", "010", "+", "-", " ", ",", "_", "_b", "b", "#b", "o", "#o", "x", "#x", "X", "#X", "#010x", "c", "n", ",d", "e", ".2e", "f", "g", "%", "*^15,", "0=12,", "x<8", "#_x"]:
    try:
        print(repr(spec), "[" + format(n if spec != "c" else 9731, spec) + "]")
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
for v in (0, -1, -255, 2**70, True):
    print(format(v, "b"), format(v, "#x"), format(v, "+d"), format(v, " d"), format(v, "08,"), format(v, "_o"))
for spec in (".2d", "s", ",b", "=s", "c "):
    try:
        print(format(5, spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
try:
    format(-1, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
