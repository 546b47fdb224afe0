# float() from strings
for s in ["1.5", "  -2.25 ", "1e10", "1E-3", ".5", "5.", "inf", "-inf", "+Infinity", "nan", "-NaN", "1_000.5", "0x10" , "1e", "", "abc", "1.5.5", "infinity", "  nan  ", "1__0", "−1", "١٢.٥"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(float(3), float(-0), float(True), float(2**60), float("1" * 30))
print(float(b"2.5"), float())
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1.0])
except TypeError as e:
    print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.75
print(float(F()))
class G:
    def __index__(self):
        return 3
print(float(G()))
print(float("1e400"), float("-1e400"), float("1e-400"))
