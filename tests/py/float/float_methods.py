# float methods
for v in (0.0, 1.0, 1.5, -2.0, 1e300, 0.1, -0.0):
    print(v, v.is_integer(), v.hex(), v.as_integer_ratio())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex("0x1.fffffffffffffp+1023"), float.fromhex("inf"))
print(float.fromhex("0x.8"), float.fromhex("1"), float.fromhex(" 0x10 "))
for v in (float("inf"), float("nan")):
    print(v.is_integer(), v.hex())
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((2.5).conjugate(), (2.5).real, (2.5).imag)
print((3.7).__trunc__(), (-3.7).__trunc__(), (3.5).__round__(), (4.5).__round__(), (-0.5).__round__())
try:
    float.fromhex("0xg")
except ValueError as e:
    print(type(e).__name__, e)
print(float.fromhex((0.1).hex()) == 0.1)
