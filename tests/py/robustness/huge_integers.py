# Huge integers: arithmetic works; decimal conversion obeys the
# int_max_str_digits limit (CPython's messages); int/float conversions and
# float arithmetic overflow as in CPython.
import math
import sys


def attempt(name, fn):
    try:
        r = fn()
        if isinstance(r, int) and not isinstance(r, bool) and r.bit_length() > 200:
            r = f"<int of {r.bit_length()} bits>"
        elif isinstance(r, str) and len(r) > 60:
            r = f"<str of {len(r)} chars>"
        print(name, "ok", r)
    except (ValueError, OverflowError, MemoryError, TypeError, IndexError) as e:
        print(name, type(e).__name__, e)


x = 10**10**6
attempt("10**10**6 bit_length", lambda: x.bit_length())
attempt("10**10**6 % 7", lambda: x % 7)
attempt("10**10**6 // 3", lambda: x // 3)
attempt("hex length", lambda: len(hex(x)))
attempt("str(10**10**6)", lambda: str(x))
attempt("repr(10**10**6)", lambda: repr(x))
attempt("f-string", lambda: f"{x}")
attempt("format d", lambda: format(10**5000, "d"))
attempt("format ,", lambda: format(10**5000, ","))
attempt("format x", lambda: len(format(10**5000, "x")))
attempt("%d", lambda: "%d" % 10**5000)
attempt("%x", lambda: len("%x" % 10**5000))
attempt("str 4300 digits", lambda: len(str(10**4299)))
attempt("str 4301 digits", lambda: str(10**4300))
attempt("str -4301 digits", lambda: str(-(10**4300)))
attempt("int 4300 digits", lambda: int("1" * 4300) % 1000)
attempt("int 4301 digits", lambda: int("1" * 4301))
attempt("int 5000 digits", lambda: int("1" * 5000))
attempt("int -5000 digits", lambda: int("-" + "1" * 5000))
attempt("int bytes 5000", lambda: int(b"1" * 5000))
attempt("int underscores", lambda: int("1_" * 3000 + "1") % 1000)
attempt("int base 16", lambda: int("f" * 5000, 16) % 1000)
attempt("int base 7", lambda: int("6" * 5000, 7))
attempt("int 100000 digits", lambda: int("9" * 100000))

print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print(sys.get_int_max_str_digits())
attempt("set 100", lambda: sys.set_int_max_str_digits(100))
attempt("set -1", lambda: sys.set_int_max_str_digits(-1))
attempt("set float", lambda: sys.set_int_max_str_digits(1000.0))
attempt("set none", lambda: sys.set_int_max_str_digits())
attempt("set 640", lambda: sys.set_int_max_str_digits(640))
attempt("str 641 digits", lambda: str(10**640))
attempt("int 641 digits", lambda: int("1" * 641))
attempt("set 0", lambda: sys.set_int_max_str_digits(0))
print(sys.get_int_max_str_digits())
attempt("str unlimited", lambda: len(str(10**20000)))
attempt("int unlimited", lambda: int("7" * 20000) % 1000)
attempt("set maxdigits=5000", lambda: sys.set_int_max_str_digits(maxdigits=5000))
attempt("str 5000 digits", lambda: len(str(10**4999)))
attempt("str 5001 digits", lambda: str(10**5000))
sys.set_int_max_str_digits(4300)
print(sys.get_int_max_str_digits())

# int <-> float
attempt("float(10**10**6)", lambda: float(x))
attempt("10**10**6 / 1", lambda: x / 1)
attempt("10**400 / 10**399", lambda: 10**400 / 10**399)
attempt("10**400 / 3", lambda: 10**400 / 3)
attempt("1 / 10**400", lambda: 1 / 10**400)
attempt("complex(10**400)", lambda: complex(10**400))
attempt("int(1e308) bits", lambda: int(1e308).bit_length())
attempt("int(inf)", lambda: int(float("inf")))
attempt("int(-inf)", lambda: int(float("-inf")))
attempt("int(nan)", lambda: int(float("nan")))
attempt("(1e300).as_integer_ratio", lambda: (1e300).as_integer_ratio()[1])
attempt("math.floor(inf)", lambda: math.floor(float("inf")))
attempt("round(inf)", lambda: round(float("inf")))
attempt("10**10**6 == float", lambda: x == 1e308)
attempt("10**10**6 < inf", lambda: x < float("inf"))

# float overflow
attempt("10.0**400", lambda: 10.0**400)
attempt("2.0**10000", lambda: 2.0**10000)
attempt("pow(10.0, 400)", lambda: pow(10.0, 400))
attempt("2.0 ** 10**20", lambda: 2.0 ** (10**20))
attempt("1e308 * 10", lambda: 1e308 * 10)
attempt("math.exp(1000)", lambda: math.exp(1000))
attempt("float('1e400')", lambda: float("1e400"))
attempt("float.fromhex", lambda: float.fromhex("0x1p10000"))
attempt("10 ** -400", lambda: 10**-400)

# shifts
attempt("1 << 10**30", lambda: 1 << 10**30)
attempt("1 >> 10**30", lambda: 1 >> 10**30)
attempt("-1 >> 10**30", lambda: -1 >> 10**30)
attempt("0 << 10**30", lambda: 0 << 10**30)
attempt("1 << 2**63", lambda: 1 << 2**63)
attempt("1 << -1", lambda: 1 << -1)
attempt("1 << 100000", lambda: (1 << 100000).bit_length())
attempt("pow(3, 10**100, 1000)", lambda: pow(3, 10**100, 1000))
attempt("factorial(10**20)", lambda: math.factorial(10**20))
attempt("chr(10**20)", lambda: chr(10**20))
print("done")
