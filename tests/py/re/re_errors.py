# re.error messages and positions for bad patterns (CPython 3.11's wording).
import re

patterns = [
    "(", "((a)", "a)", "*", "+a", "a**", "a*+*", "a{1}{2}", "?", "^*", "\\b+",
    "[a", "[", "[^", "[a-", "[]", "[b-a]", "[\\d-z]", "[a-\\d]", "\\", "a\\",
    "\\q", "\\i", "[\\q]", "[\\A]", "\\x", "\\x1", "\\xg", "\\u12", "\\U1234567",
    "\\U00110000", "[\\x1]", "\\400", "[\\400]", "\\777", "\\8", "[\\8]",
    "(?P<1>a)", "(?P<a-b>x)", "(?P<>x)", "(?P<a", "(?P<a>x)(?P<a>y)",
    "(?P=x)", "(?P=1)", "(?P=)", "(?P", "(?Px)", "(?", "(?<", "(?<a)", "(?z)",
    "(?i", "(?-i)", "(?-)", "(?-z:a)", "(?i-i:a)", "(?a-a:a)", "(?-a:a)", "(?au)",
    "(?L)", "(?t:a)", "(?-t:a)", "x(?i)y", "a|(?i)b", "(?#abc", "(?#abc)",
    "(a)\\2", "\\1", "(a\\1)", "(?P<x>a(?P=x))", "(?(1)a|b)", "(?(x)a)", "(?(0)a)",
    "(?(-1)a)", "(?(1a)a)", "(a)(?(1)a|b|c)", "(?(1)a", "(?(", "a{3,1}",
    "(?<=a*)", "(?<=(a)\\1)", "(?<=a(?P=x))", "(?<=(?P<x>a)(?P=x))", "(?<!a|bc)",
    "a\n(", "a\nb\n)", "(?x)\n  (\n", "\\N", "\\N{", "\\N{}", "\\N{LATIN}",
    "(?>", "(?>a", "(?<=a", "(?=a", "a|*", "(|*)", "(?:)*",
]
for p in patterns:
    try:
        r = re.compile(p)
        print(repr(p), "ok", r.groups)
    except re.error as e:
        print(repr(p), "error:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p if e.pattern is not None else None)
    except Exception as e:
        print(repr(p), type(e).__name__ + ":", e)

for p in [b"\\q", b"(?u)", b"\\u0041", b"(?P<\xe9>a)", b"[\xe9-a]", b"\\\xe9", b"(?\xe9)"]:
    try:
        re.compile(p)
        print(p, "ok")
    except re.error as e:
        print(p, "error:", e, e.pos, e.lineno)

e = re.error("plain")
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error("msg", "ab\ncd", 4)
print(e, e.lineno, e.colno, e.args)
e = re.error("msg", b"ab\ncd", 1)
print(e, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
try:
    re.compile("(")
except Exception as e:
    print(type(e).__module__, type(e).__qualname__)
