# format(), str(), bin() style conversions and chr/ord round trips
print(format(255, "x"), format(255, "#010b"), format(3.14159, ".3f"), format("s", "^5"), format(12345, ","))
print("".join(chr(ord(c) + 1) for c in "HAL"), [ord(c) for c in "\t\n "])
print(int(bin(1234), 2), int(oct(1234), 8), int(hex(1234), 16), int(hex(1234), 0))
print(str(b"x"), str(1.0), str(-0.0), str(10**20), str(1e20), str(True), str(None))
