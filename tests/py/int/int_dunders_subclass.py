# int's operator dunders are real methods: direct calls, super(), subclasses
print(int.__add__(1, 2), int.__add__(1, 2.0), int.__radd__(3, 4), int.__lt__(1, 2), int.__eq__(1, 1.0))
print(int.__sub__(10, 3), int.__rsub__(10, 3), int.__mul__(6, 7), int.__truediv__(7, 2), int.__floordiv__(-7, 2))
print(int.__mod__(-7, 3), int.__divmod__(-7, 3), int.__rdivmod__(3, -7), int.__pow__(2, 10), int.__pow__(2, 10, 1000))
print(int.__lshift__(1, 70), int.__rshift__(-9, 1), int.__and__(12, 10), int.__or__(12, 10), int.__xor__(12, 10))
print(int.__neg__(5), int.__pos__(-5), int.__invert__(5), int.__abs__(-5), int.__bool__(0), int.__hash__(-1))
print(int.__index__(7), int.__int__(True), int.__float__(3), int.__trunc__(4), int.__floor__(4), int.__ceil__(4))
class I(int):
    def __add__(self, o):
        return I(super().__add__(o) * 10)
    def __repr__(self):
        return f"I({int(self)})"
print(I(2) + 3, 3 + I(2), I(5) * 2, -I(5), abs(I(-3)), I(7) // 2, type(I(7) // 2).__name__)
print(I(6) == 6, I(6) < 7, hash(I(-1)), bool(I(0)), int(I(9)), float(I(3)), round(I(15), -1))
print(I.from_bytes(b"\x01\x00", "big"), type(I.from_bytes(b"\x01", "big")).__name__)
print(True & False, True | False, True ^ True, type(True & 1).__name__, True & 3, False | 0)
print((5).__round__(-1), (15).__round__(-1), (25).__round__(-1), (-15).__round__(-1), (5).real, (5).imag, True.real, True.numerator)
print(bin(-5), oct(0), hex(255), hex(-2 ** 70), (255).to_bytes(2, "little"), (-1).to_bytes(1, "big", signed=True))
print(int.from_bytes(bytearray(b"\xff\x00"), "little"), (1000).bit_length(), (-1000).bit_count(), (6).as_integer_ratio())
print(int("00", 0), int("0b_101", 0), int(" \u0663\u0664 "), int("\uff11\uff12"))
print(hash(2 ** 61), hash(-2 ** 61 - 1), hash(-1), pow(3, -1, 7), pow(2, 10, -7))
for bad in (lambda: hex(1.5), lambda: (1).to_bytes(1, "middle"), lambda: int("1" * 5000), lambda: str(10 ** 5000)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(len(hex(10 ** 5000)), int("f" * 5000, 16) % 1000)
