# ^ $ \A \Z with and without MULTILINE; inline and scoped flags; VERBOSE.
import re


def fa(p, t, f=0):
    print(repr(p), re.findall(p, t, f))


fa("^a", "a\na")
fa("^a", "a\na", re.M)
fa("a$", "a\na")
fa("a$", "a\na\n")
fa("a$", "a\na", re.M)
fa("$", "a\n")
fa("$", "a\n", re.M)
fa("\\Aa", "a\na", re.M)
fa("a\\Z", "a\na\n", re.M)
fa("a\\Z", "a\na", re.M)
fa("^", "ab\ncd\n", re.M)
fa("(?m)^\\w", "ab\ncd")
fa("(?s).+", "a\nb")
fa("(?i)ab", "AB aB ab")
fa("(?i:a)b", "Ab AB")
fa("a(?i:b)", "aB AB")
fa("(?i)a(?-i:b)", "Ab AB")
fa("(?x) a b # comment\n c", "abc")
fa("(?x)[ ]a", " a")
fa("(?x)a\\ b", "a b")
fa("(?x)a#b\nc", "ac")
fa("a b", "a b", re.X)
fa("(?x: a b ) c", "ab c")
fa("(?-x: a b )c", " a b c", re.X)
fa("(?a)\\w+", "héllo")
fa("(?u)\\w+", "héllo")
fa("(?a:\\w+)é", "héé")
fa("(?ims)^A.B$", "x\na\nb\n")
fa("(?i)[^a]", "Ab")
fa("(?i)\\w", "Ǆ")
print(re.compile("(?i)a").flags, re.compile("a", re.I).flags, re.compile(b"a").flags)
print(re.compile("(?a)a").flags, re.compile("(?x)a").flags, re.compile("(?i:a)").flags)
print(re.compile("a", re.M | re.S).flags, re.compile("(?L)a".encode()).flags)
print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.T, re.DEBUG, re.NOFLAG)
print(repr(re.I | re.M), str(re.I | re.S), re.I | 1, re.I & re.M, ~re.I, type(re.I | re.M).__name__)
print(int(re.I), re.I == 2, re.I + 1, type(re.I + 1).__name__, f"{re.I}", "%d" % re.I, format(re.M, "d"))
print(re.RegexFlag(34), re.IGNORECASE is re.I, re.RegexFlag.IGNORECASE, re.I in (re.I | re.M), list(re.I | re.M))
print(re.ASCII.value if hasattr(re.ASCII, "value") else 256)
for args in [("a", re.L), ("a", re.A | re.U), (b"a", re.U), (b"a", re.A | re.L)]:
    try:
        re.compile(*args)
    except ValueError as e:
        print("ValueError:", e)
