# split/rsplit/splitlines/partition
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), ",".split(","))
print("  a  b \t c\n ".split(), " a b ".split(" "), "".split(), "".split(","), "   ".split())
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2), "  a b  ".rsplit(maxsplit=1), "a b".split(maxsplit=0))
print("abcabc".split("bc"), "aaa".split("a"), "aaa".split("aa"), "aXbXc".split("X", -1))
print("line1\nline2\r\nline3\rline4\n".splitlines(), "a\n\nb\n".splitlines(True), "".splitlines(), "x\x0by\x1cz\u2028w".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
print("1 2  3".split(" "), "a\tb".split("\t"), "日,本".split(","))
