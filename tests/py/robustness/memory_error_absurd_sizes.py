# Sizes no machine can allocate, without any cap: MemoryError with empty
# args (as PyErr_NoMemory), or OverflowError where CPython says the size
# does not fit, and never a crash; the program goes on afterwards.


def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, e.args, repr(str(e)))


attempt("[0] * 2**62", lambda: [0] * 2**62)
attempt("[0] * 2**60", lambda: [0] * 2**60)
attempt("[0, 1] * 2**62", lambda: [0, 1] * 2**62)
attempt("[0] * 2**63", lambda: [0] * 2**63)
attempt("(0,) * 2**60", lambda: (0,) * 2**60)
attempt("'a' * 2**62", lambda: "a" * 2**62)
attempt("'a' * 2**60", lambda: "a" * 2**60)
attempt("'ab' * 2**62", lambda: "ab" * 2**62)
attempt("'a' * 2**63", lambda: "a" * 2**63)
attempt("b'x' * 2**60", lambda: b"x" * 2**60)
attempt("bytearray(b'x') * 2**60", lambda: bytearray(b"x") * 2**60)
attempt("bytes(2**60)", lambda: bytes(2**60))
attempt("bytearray(2**60)", lambda: bytearray(2**60))
attempt("bytearray(2**62)", lambda: bytearray(2**62))
attempt("1 << 2**62", lambda: 1 << 2**62)
attempt("list(range(2**60))", lambda: list(range(2**60)))
attempt("list(range(2**50))", lambda: list(range(2**50)))
attempt("tuple(range(2**50))", lambda: tuple(range(2**50)))
attempt("sorted(range(2**50))", lambda: sorted(range(2**50)))
attempt("'a'.ljust(2**60)", lambda: "a".ljust(2**60))
attempt("b'a'.zfill(2**60)", lambda: b"a".zfill(2**60))
attempt("'%*d' % (2**60, 1)", lambda: "%*d" % (2**60, 1))
attempt("format(1, '>2**60')", lambda: format(1, ">1152921504606846976"))


def list_imul():
    a = [1]
    a *= 2**60


attempt("list *= 2**60", list_imul)
xs = list(range(1000))
print("after", len(xs), sum(xs))
