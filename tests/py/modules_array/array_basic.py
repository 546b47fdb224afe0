# array.array: typecodes, construction, items, slices, packing, errors.
import array
from array import array as A

for code in "bBhHiIlLqQ":
    a = A(code, [1, 2, 3])
    print(a, len(a), a.itemsize, a.typecode, a[0], a[-1], a.tolist())
print(A("d", [1.5, -2]), A("f", [0.5]), A("i"), bool(A("i")), bool(A("i", [0])))
print(A("h", b"\x01\x00\x02\x00"), A("h", bytearray(2)), A("H", A("b", [1, -0 + 2])))
print(A("i", (i * i for i in range(5))))
print(bytes(A("h", [1, 2])), bytes(A("b", [-1])), bytearray(A("I", [1])))
print(b"12" + A("b", [51, 52]), A("B", b"xyz").tobytes())
a = A("I", [1])
a += A("I", [2, 3])
a.extend([4])
a.extend(x for x in (5, 6))
a.append(7)
a.insert(0, 0)
print(a, a + A("I", [8]), A("b", [1]) * 3)
print(a[2:5], a[::-2], a.pop(), a.pop(0), a, a.count(3), a.index(4))
a[1] = 99
del a[0]
a[0:2] = A("I", [10, 11, 12])
print(a, 11 in a, 100 in a, "x" in a)
a.reverse()
print(a, list(a), [x for x in A("b", [5, 6])])
a.frombytes(bytes(A("I", [42])))
a.fromlist([43])
print(a)
print(A("l", [1, 2]) == A("L", [1, 2]), A("b", [1]) == A("b", [2]), A("B", [1]) < A("B", [2]), A("b", b"a") == b"a")
print(A("q", [-2**63, 2**63 - 1]), A("Q", [2**64 - 1]))
f = A("f", [0.1])
print(round(f[0], 6), A("d", [0.1])[0])
tests = [
    lambda: A("X"),
    lambda: A("b", [128]),
    lambda: A("b", [-129]),
    lambda: A("B", [-1]),
    lambda: A("H", [70000]),
    lambda: A("i", [2**31]),
    lambda: A("b", [1.5]),
    lambda: A("d", ["x"]),
    lambda: A("b", "abc"),
    lambda: A("h", b"abc"),
    lambda: A("b", [1])[5],
    lambda: A("b", [1]) + A("h", [1]),
    lambda: A("b").pop(),
    lambda: A("b", [1]).index(9),
]
for t in tests:
    try:
        t()
        print("no error")
    except (ValueError, OverflowError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(array.typecodes, array.ArrayType is A)
print(b"a" == A("b", b"a"), bytearray(b"a") == A("b", b"a"), b"abc" == memoryview(b"abc"), b"ab" < bytearray(b"b"))
