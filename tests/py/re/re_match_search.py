# match / search / fullmatch at positions, with pos and endpos, and Match basics.
import re


def show(m):
    if m is None:
        print(None)
    else:
        print(m.span(), repr(m.group()), m.groups())


show(re.match("abc", "abcdef"))
show(re.match("bcd", "abcdef"))
show(re.search("bcd", "abcdef"))
show(re.search("x", "abcdef"))
show(re.fullmatch("abc", "abc"))
show(re.fullmatch("abc", "abcd"))
show(re.fullmatch("a|ab", "ab"))
show(re.fullmatch("a*?", "aaa"))
show(re.match("", ""))
show(re.search("", "abc"))
show(re.search("$", "abc"))

p = re.compile("o")
show(p.search("foo boo", 3))
show(p.search("foo boo", 3, 5))
show(p.match("foo", 1))
show(p.match("foo", 1, 1))
show(p.search("foo", -10, 100))
show(p.search("foo", 3))
show(p.search("foo", 2, 1))
show(re.compile("^a").search("ba", 1))
show(re.compile("a$").search("ab", 0, 1))
show(re.compile(r"\bb").search("ab", 1))
show(re.compile("(?<=a)b").search("ab", 1))
show(p.fullmatch("xoy", 1, 2))

m = re.search("(b)(c)?", "abd", 0)
print(m.pos, m.endpos, m.string, m.re.pattern, bool(m))
m = p.search("foo", -5, 99)
print(m.pos, m.endpos)
print(repr(re.match("a", "a")))
print(re.match("a" * 60, "a" * 60))
print(re.search("é+", "caféé!"))
print(re.search(b"\\d+", b"ab123c"))
print(re.match(".*", "line1\nline2"))
print(re.match("(?s).*", "l1\nl2"))
print(p.match(string="foo", pos=1))
print(p.search("xxo", endpos=2), p.search("xxo", pos=1, endpos=3))
