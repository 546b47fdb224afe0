# str dunders reachable as attributes (subclasses, super()), complex() and its repr/format, str.format parsing, %-formatting, case mapping, codecs
class S(str):
    def __len__(self):
        return super().__len__() + 100
    def upper(self):
        return "U:" + super().upper()
s = S("abc")
print(len(s), s.upper(), s + "x", "x" + s, s * 2, 2 * s, s[1], s == "abc", hash(s) == hash("abc"), str(s), type(str(s)).__name__)
print(str.__add__("a", "b"), str.__len__("héllo"), "abc".__getitem__(slice(1, None)), str.__mul__("ab", 3), "%s-%d".__mod__(("a", 3)))
print(str.__lt__("a", "b"), str.__eq__("a", 1), "a".__ne__("b"), "ab".__contains__("b"), list(str.__iter__("xy")), {s: 1}["abc"])
print(sorted([S("b"), S("a")]), S("x") in {"x"}, "{:>5}".format(S("ab")), f"{S('q'):*^5}")
print(complex(1, 2), complex("1+2j"), complex(" ( -1.5e3-2J ) "), complex(3), complex(1j, 1j), complex(imag=2), complex(real=1.5))
print(repr(complex(0, -0.0)), repr(complex(-0.0, 0)), repr(1e300j * 1e10), complex(float("nan"), 1), abs(3+4j), (3+4j).conjugate(), (1+2j).real, (1+2j).imag)
for spec in ["", "g", ".2f", "^20", "+.1e", "10", "<15.3g", ",.2f", ".3"]:
    print(repr(spec), format(1234.5-6j, spec), format(2j, spec), format(complex(-0.0, 1), spec))
for bad in ["x", "010", "=10", "%"]:
    try:
        format(1+1j, bad)
    except ValueError as e:
        print(e)
for bad in [("1", 1), ([],), ("x",), (1, "2"), ("1+2jj",)]:
    try:
        complex(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self):
        return 1 + 5j
class F:
    def __float__(self):
        return 2.5
print(complex(C()), complex(F()), complex(F(), F()), hash(1+0j) == hash(1), 1+0j == 1, bool(0j), complex.__new__(complex, 2))
print("{0}{1}{0}".format("a", "b"), "{a.real}{b[1]}".format(a=1+2j, b=[5, 6]), "{!r:>6}".format("x"), "{:{}{}}".format(3, "^", 7), "{{}}".format())
print("{name}-{0}".format_map if False else "{x}{y}".format_map({"x": 1, "y": 2}))
class D(dict):
    def __missing__(self, k):
        return k.upper()
print("{a}{b}".format_map(D(a=1)))
for f, a in [("{0}{}", (1, 2)), ("{}{1}", (1, 2)), ("{0!x}", (1,)), ("{0!}", (1,)), ("{0!r", (1,)), ("{0[}", (1,)), ("{0.}", (1,)), ("{:{:{:}}}", (1, 2, 3)), ("{a", ()), ("{0]", (1,)), ("{0[0]x}", ([1],))]:
    try:
        print(f.format(*a))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print("%5.2f|%-6s|%06.1f|%+d|%x|%o|%e|%g|%c|%r|%a|%%" % (3.14159, "ab", -2.5, 5, 255, 8, 1234.5, 0.00001, 97, "é", "é"))
print(b"%s|%5b|%-4d|%x|%c%c|%r|%a" % (b"ab", b"c", 3, 255, 65, b"B", b"q", "é"), bytearray(b"%d") % 5)
print("ß".upper(), "ǅ".lower(), "ǆ".title(), "ΣΑΣ ΣΑΣ.".lower(), "ﬃ".upper(), "İstanbul".lower(), "ŉ".capitalize(), "Σ".lower(), "aΣ".lower())
print("hello world".title(), "they're bill's".title(), "ǉubljana".capitalize(), "ΑΣ".swapcase(), "ß".casefold(), "ﬁ".casefold())
print("x\ty\n\tz".expandtabs(), "a\tb".expandtabs(0), "12\t".expandtabs(-1), "-42".zfill(6), "+".zfill(3), "é".center(4, "*"), "abc".center(6, "-"))
print("a,b,,c".split(",", 2), "a b  c ".rsplit(None, 1), "  a  b ".split(), "x".split("x"), "\u3000a\u2003b".split(), "a\x1cb".split(), "1\n2\r\n3\r4\x0b5\x0c6\x1c7\u20288".splitlines(True))
print("abcabc".rfind("b", 0, 4), "abc".find("", 3), "abc".find("", 4), "abc".count("", 1), "héllo".index("l", -3), "日本語日本".rindex("日本"), "abc".startswith(("x", "a"), 0, 1), "abc".endswith("bc", -2))
print("a".join("xyz"), ",".join(iter(["1", "2"])), "".join([]), "-".join(S(c) for c in "ab"))
print(str.maketrans("ab", "xy", "c"), "abcd".translate(str.maketrans({"a": "AA", "b": None, 100: 120})))
print("ab".encode("utf-16"), "ab".encode("utf-32"), "é".encode("cp1252"), b"\x80".decode("cp1252"), "€".encode("cp1252"), b"\xff\xfea\x00".decode("utf-16"))
print(str(b"abc", "ascii"), str(b"\xc3\xa9", encoding="utf-8"), str(b"a\xff", "utf-8", "replace"), str(bytearray(b"x"), "latin-1"))
