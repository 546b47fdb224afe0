# Pattern objects: attributes, repr, equality, hashing, the cache, escape, purge.
import re
import copy

p = re.compile(r"(?P<x>a)(b)")
print(p.pattern, p.flags, p.groups, p.groupindex)
print(type(p).__name__, type(p).__module__, type(p) is re.Pattern, isinstance(p, re.Pattern))
m = p.match("ab")
print(type(m).__name__, type(m) is re.Match, m.re is p)
print(repr(re.compile("a+")))
print(repr(re.compile("a+", re.I)))
print(repr(re.compile("a", re.I | re.M | re.S | re.X)))
print(repr(re.compile("a", re.A)), repr(re.compile("a", re.U)))
print(repr(re.compile(b"a")), repr(re.compile(b"a", re.I | re.L)))
print(repr(re.compile("(?i)x")))
print(repr(re.compile("a", 1024 | re.I)))
print(repr(re.compile("a" * 300)))
print(repr(re.compile("it's")), repr(re.compile('"\n')))
print(repr(re.match("x" * 100, "x" * 100)))
print(repr(re.match(".+", "a'b")))
print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I))
print(re.compile("a") == re.compile(b"a"), re.compile("a") != re.compile("b"), re.compile("a") == "a")
print(hash(re.compile("a")) == hash(re.compile("a")))
print(re.compile("abc") is re.compile("abc"))
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError:", e)
try:
    re.compile(12)
except TypeError as e:
    print("TypeError:", e)
re.purge()
print(re.compile("abc").pattern)
print(copy.copy(p) is p, copy.deepcopy(p) is p, copy.copy(m) is m)
print(re.escape("a.b*c?d+e(f)[g]{h}|i^j$k\\l m\tn-o#p&q~r"))
print(re.escape("héllo_123!"), re.escape(b"a.b\xff"))
print(re.search(re.escape("1+1=2"), "is 1+1=2?").span())
print(re.match(p, "ab").groups(), re.search(p, "xab").span())
print(sorted(re.compile(r"(?P<b>x)(?P<a>y)").groupindex.items()))
print(re.compile("(a)(b)(c)").groups, re.compile("(?:a)").groups)
for name in ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge", "escape"]:
    print(name, callable(getattr(re, name)))
for f in [lambda: re.Pattern(), lambda: re.Match()]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(re.Pattern[str], re.Match[bytes])
