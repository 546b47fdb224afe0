# more bytes error messages
cases = [
    lambda: b"abc".decode("ascii") + 1,
    lambda: b"\xff".decode("ascii"),
    lambda: b"abc".split(""),
    lambda: b"abc".replace("a", "b"),
    lambda: b"abc" * 1.5,
    lambda: b"abc"["x"],
    lambda: bytes(-1),
    lambda: bytearray(b"a").pop(5),
    lambda: bytearray().pop(),
    lambda: b"%s" % "str",
    lambda: b"abc".count(300),
    lambda: "abc" in b"abc",
    lambda: b"a" < "a",
]
for c in cases:
    try:
        c()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
