# bytes <-> ints
n = 0xDEADBEEF
b = n.to_bytes(4, "big")
print(b, b.hex(), int.from_bytes(b, "big"), int.from_bytes(b, "little"))
print(list(b), bytes(reversed(b)), sum(b), max(b), min(b))
print([x for x in b"\x00\x10\xff"], bytes([x ^ 0xFF for x in b"\x00\x10\xff"]))
out = bytearray()
for i in range(10):
    out += i.to_bytes(2, "little")
print(out.hex(), len(out))
print([int.from_bytes(out[i:i + 2], "little") for i in range(0, len(out), 2)])
print(b"%d-%s" % (5, b"x"), bytes(memoryview(b"mv")), memoryview(b"abc")[1], bytes(memoryview(b"abcd")[1:3]))
