# The interpreter's small-int fast paths (BinaryOp, CompareOp, jumps) agree
# with the general int code at the edges of the small range (2**62).
B = 2**62
vals = [0, 1, -1, 2, -2, 3, -7, 7, 13, -13, B - 1, -B, B, -B - 1, 2**63, -(2**63), 10**18]
ops = [
    ("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
    ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("&", lambda a, b: a & b),
    ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b),
]
for name, f in ops:
    out = []
    for a in vals:
        for b in vals:
            try:
                r = f(a, b)
                out.append(str(r) if type(r) is int else "?" + type(r).__name__)
            except ZeroDivisionError as e:
                out.append("ZeroDivisionError:" + str(e))
    print(name, len(out), out[:6], out[-6:])
    print(name, sum(len(s) * (i + 1) for i, s in enumerate(out)) % 1000003)

# in-place forms take the same paths
x = B - 1
x += 1
print(x, type(x).__name__)
x = -B
x -= 1
print(x)
x = 3
x *= B
print(x)
x = -B
x //= -1
print(x)
x = 7
x %= -3
print(x)
x = -7
x //= 2
print(x)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 1), (-B, -1), (-B, 1)]:
    print(a // b, a % b, divmod(a, b))

# comparisons (fused with the following jump and not)
for a, b in [(1, 2), (2, 1), (2, 2), (-B, B - 1), (B - 1, B), (B, B - 1)]:
    print(a < b, a <= b, a == b, a != b, a > b, a >= b)
    if a < b:
        print("lt")
    if not a >= b:
        print("not ge")

# truthiness of small ints in jumps
for v in [0, 1, -1, B - 1, -B, B]:
    if v:
        print("true", v)
    else:
        print("false", v)
    print("and" if v and True else "not and", v or "zero")
n = 5
while n:
    n -= 1
print(n)

# subclasses and bools are not small ints
class I(int):
    def __add__(self, o):
        return "I.add"
    def __mul__(self, o):
        return "I.mul"
print(I(2) + 3, I(2) * 3, 3 + I(2), True + True, True * 3, 7 // True, True & 3, type(True | False).__name__)
