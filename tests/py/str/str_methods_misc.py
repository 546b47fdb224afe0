# misc methods
print("hello world foo".title(), "they're bill's".title(), "ÉCOLE".capitalize(), "hELLO".capitalize())
print("abc".swapcase(), "AbC".casefold(), "ǆ".title(), "hello"[1:3].upper())
print("{} {}".format("a", "b"), "x".join("12"), "abc".encode(), "abc".__str__(), str.__len__("ab"))
print("%s" % "x", "a".__add__("b"), "a".__mul__(3), "ab".__rmul__(2))
print(str.upper("q"), str.join("-", ["a", "b"]), str("abc"), str(b"ab"), str(b"ab", "ascii"))
print(str(object="x"), str(b"\xc3\xa9", encoding="utf-8"), str(b"\xff", "utf-8", "replace"))
try:
    str(1, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
print("Ab".startswith(""), "".startswith(""), "abc".endswith(""))
print("a b c".split(" ", 1)[1].upper().center(7, "*").strip("*").lower())
