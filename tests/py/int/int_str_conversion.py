# int -> str conversions
for n in (0, 1, -1, 10, 255, -255, 2**31, 2**63, -2**63, 10**20, 2**200):
    print(str(n), repr(n), hex(n), oct(n), bin(n))
print(str(10 ** 100))
print(str(-(7 ** 111)))
print(f"{2**100}")
print(len(str(12345 ** 123)))
print(repr(1_000), 0x10, 0o10, 0b10, 0XAB, 0O7, 0B1)
print(1_0_0, 0x_1_f)
