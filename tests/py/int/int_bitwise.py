# bitwise operators incl. negatives and big ints
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1, ~0)
print(1 << 10, 1024 >> 3, -1 >> 5, -16 >> 2, -17 >> 2)
print(1 << 100, (1 << 100) >> 99, (1 << 100) >> 200)
print(-5 & 0xFF, -5 | 8, -5 ^ -1, -(2**70) & 0xFFFF)
print((2**70 + 5) & (2**70 + 3), (2**70) | 1, (2**70) ^ (2**70))
print(~(2**70))
print(0 << 1000, 5 >> 0, 5 << 0)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
x = 0b1010
x &= 0b0110
print(x)
x |= 0b1000
print(x)
x ^= 0b1111
print(x)
x <<= 3
print(x)
x >>= 1
print(x)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
