# Sizes that cannot fit: OverflowError or MemoryError as in CPython,
# before anything is allocated.


def attempt(name, fn):
    try:
        r = fn()
        print(name, "ok", r if isinstance(r, int) else len(r))
    except (ValueError, OverflowError, MemoryError, TypeError, IndexError) as e:
        print(name, type(e).__name__, e)


attempt("'x' * 10**20", lambda: "x" * 10**20)
attempt("10**20 * 'x'", lambda: 10**20 * "x")
attempt("'ab' * 2**62", lambda: "ab" * 2**62)
attempt("'ab' * (2**63 - 1)", lambda: "ab" * (2**63 - 1))
attempt("'x' * 2**62", lambda: "x" * 2**62)
attempt("'x' * -5", lambda: "x" * -5)
attempt("b'x' * 10**20", lambda: b"x" * 10**20)
attempt("b'ab' * 2**62", lambda: b"ab" * 2**62)
attempt("bytearray * 2**62", lambda: bytearray(b"ab") * 2**62)
attempt("[0] * 10**20", lambda: [0] * 10**20)
attempt("[0] * 2**62", lambda: [0] * 2**62)
attempt("[0, 0] * 2**62", lambda: [0, 0] * 2**62)
attempt("(0,) * 10**20", lambda: (0,) * 10**20)
attempt("(0, 0) * 2**62", lambda: (0, 0) * 2**62)


def list_imul():
    a = [1, 2]
    a *= 2**62
    return a


attempt("list *= 2**62", list_imul)
attempt("bytes(10**20)", lambda: bytes(10**20))
attempt("bytearray(10**20)", lambda: bytearray(10**20))
attempt("bytes(2**50)", lambda: bytes(2**50))
attempt("bytes(-1)", lambda: bytes(-1))
attempt("len(range(10**20))", lambda: len(range(10**20)))
attempt("len(range(2**63))", lambda: len(range(2**63)))
attempt("len(range(-2**63, 1))", lambda: len(range(-(2**63), 1)))
attempt("len(range(2**62))", lambda: len(range(2**62)))
attempt("range(10**20)[-1]", lambda: range(10**20)[-1])
attempt("range(10**20)[10**19]", lambda: range(10**20)[10**19])
attempt("10**19 in range(10**20)", lambda: int(10**19 in range(10**20)))
attempt("[1][10**20]", lambda: [1][10**20])
attempt("'a'[10**20]", lambda: "a"[10**20])
attempt("'a'.ljust(2**63)", lambda: "a".ljust(2**63))
attempt("'a'.ljust(2**50)", lambda: "a".ljust(2**50))
attempt("'a'.center(2**62)", lambda: "a".center(2**62))
attempt("'a'.zfill(2**62)", lambda: "a".zfill(2**62))
attempt("b'a'.rjust(2**50)", lambda: b"a".rjust(2**50))
attempt("expandtabs(2**62)", lambda: "\t\t".expandtabs(2**62))
attempt("expandtabs('x')", lambda: "\t".expandtabs("x"))
attempt("expandtabs(-3)", lambda: "\ta".expandtabs(-3))
attempt("'%*d' % (2**62, 1)", lambda: "%*d" % (2**62, 1))
attempt("'%99999999999d'", lambda: "%99999999999d" % 1)
attempt("'%.99999999999f'", lambda: "%.99999999999f" % 1.5)
attempt("format width 10**20", lambda: format(1, "99999999999999999999d"))
attempt("f-string width 2**62", lambda: f"{1:{2**62}}")
attempt("str.format width", lambda: "{:99999999999}".format(1))
attempt("format precision 10**11", lambda: format(1.5, ".99999999999f"))
attempt("format .70000f", lambda: format(0.1, ".70000f"))
attempt("format .5000e", lambda: format(0.1, ".5000e"))
attempt("'%.3000f' % 0.1", lambda: "%.3000f" % 0.1)
print(format(0.1, ".1200f")[-5:], format(1e300, ".2000f")[:40])
print("done")
