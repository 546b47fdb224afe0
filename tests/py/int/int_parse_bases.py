# int() parsing with bases
print(int("42"), int("-42"), int("  +17  "), int("0"), int("-0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("Z", 36), int("10", 2), int("777", 8), int("1_000_000"), int("0x_ff", 16))
print(int("12", 3), int("-101", 2), int("  0b11 ", 0))
print(int(3.99), int(-3.99), int(True), int("٣"))
print(int("9" * 40))
print(int(b"42"), int(bytearray(b"-7")))
bad = ["", " ", "1.5", "abc", "0x", "1__0", "_1", "1_", "0b2", "08", "++1", "1 2"]
for s in bad:
    try:
        int(s, 0) if s in ("08",) else int(s)
        print("ok", s)
    except ValueError as e:
        print(type(e).__name__, e)
for s, b in (("12", 1), ("12", 37), ("g", 16), ("2", 2)):
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
for v in (None, [1], 1.5j):
    try:
        int(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
for v in (float("inf"), float("nan")):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int())
print(int(x="11", base=2) if False else int("11", base=2))
