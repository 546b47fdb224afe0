# error messages from str methods
cases = [
    lambda: "abc".center(),
    lambda: "abc".split(1),
    lambda: "abc".join([1, 2]),
    lambda: "abc".replace(1, 2),
    lambda: "abc".startswith(1),
    lambda: "abc".index("z"),
    lambda: "abc"[1.5],
    lambda: "abc"["x"],
    lambda: "abc".upper(1),
    lambda: "abc".nope(),
    lambda: "abc" - "a",
    lambda: "abc" * "a",
    lambda: -"abc",
    lambda: "%d" % "x",
    lambda: "%s %s" % ("a",),
    lambda: "%s" % ("a", "b"),
    lambda: "{0}".format(),
    lambda: "{x}".format(y=1),
    lambda: "{".format(1),
    lambda: "}".format(1),
    lambda: "abc".encode("utf-8", 5),
    lambda: "abc".count(),
    lambda: str.upper(5),
    lambda: "abc".zfill("5"),
]
for c in cases:
    try:
        c()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
