# format-spec mini-language for strings
s = "hello"
for spec in ["", "s", "10", "<10", ">10", "^10", "^11", "*^11", "-<8", ".3", "10.2", ">3", "é^9", ".0"]:
    print(repr(spec), "[" + format(s, spec) + "]")
print("[" + format("日本", "^6") + "]", "[" + format("", "*>3") + "]")
for spec in ("d", "=10", "+", ",", "#", "010"):
    try:
        print(format(s, spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(format(None, ""), format([1, 2], ""), format((1,), ""))
try:
    format([1, 2], ">10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(object.__new__(object), "x")
except TypeError as e:
    print(type(e).__name__, str(e).split(" at ")[0])
