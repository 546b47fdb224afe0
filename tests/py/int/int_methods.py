# int methods: bit_length, to_bytes, from_bytes, bit_count, as_integer_ratio, conjugate
for n in (0, 1, 2, 3, 255, 256, -1, -255, -256, 2**100, -(2**100)):
    print(n, n.bit_length(), n.bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((1024).to_bytes(4, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((0).to_bytes(0, "big"), (255).to_bytes(1, "big"))
print((2**64).to_bytes(9, "big"))
for args, kw in (((256, 1, "big"), {}), ((-1, 2, "big"), {}), ((128, 1, "big"), {"signed": True})):
    try:
        args[0].to_bytes(args[1], args[2], **kw)
    except OverflowError as e:
        print(type(e).__name__, e)
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"))
print(int.from_bytes(b"\x01" * 20, "little"))
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
print((10).as_integer_ratio(), (-3).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((1).to_bytes(), int.from_bytes(b"\x80", signed=True))
print(int.__name__, (7).__index__())
