# a few complex numbers (float pairs)
z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), z * 1j, z / 2, (1j) ** 2)
print(complex(1, 2), complex("1+2j"), complex(), complex(2), -z, z == 3 + 4j, 1j * 1j == -1)
print(repr(complex(0, -0.0)), repr(-0j), repr(1e20j), repr(complex(float("inf"), float("nan"))))
try:
    z < z
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(hash(3 + 0j) == hash(3), hash(1j))
