# Match.group/groups/groupdict/start/end/span/lastindex/lastgroup/regs/expand.
import re

m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?P<extra> \w+)?", "Jane Doe")
print(m.group(), m.group(0), m.group(1), m.group("last"), m.group(1, "last", 0))
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0))
print(m["first"], m[2], m[3])
print(m.start(), m.end(), m.span(), m.start(2), m.end("last"), m.span(3), m.start(3))
print(m.lastindex, m.lastgroup, m.regs)
print(m.re.groupindex, m.re.groups)
for bad in [4, -1, "nope", 1.5, None]:
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError:", e)
try:
    m[5]
except IndexError as e:
    print("IndexError:", e)
try:
    m.start(9)
except IndexError as e:
    print("IndexError:", e)

# Repeated groups keep the last iteration.
print(re.match(r"(a|b)*", "abab").groups())
print(re.match(r"(?:(a)|(b))*", "ab").groups())
print(re.match(r"((a)|b)+", "ab").groups())
print(re.match(r"(a|)*", "aa").groups())
print(re.match(r"(a*)*", "aa").groups())
print(re.match(r"(a*)+", "b").groups())
print(re.match(r"(?:x(y)?)+", "xyx").groups())
print(re.match(r"(a)|b", "b").groups(), re.match(r"(a)|b", "b").lastindex)
print(re.match(r"((a)(b))", "ab").lastindex, re.match(r"(a)(b)", "ab").lastindex)
print(re.match(r"(?P<x>a)(?P<y>b)?", "a").lastgroup)
print(re.match(r"(a)(?P<y>b)", "ab").lastgroup)
print(re.match(r"((?P<in>a)b)", "ab").lastgroup)
print(re.match(r"(a)(b)(c)?", "ab").regs)
print(re.match(r"(?:(a)|bc)+", "abc").groups())
print(re.match(r"(a)*?b", "aab").groups())
print(re.match(r"(\d+)-(\d+)?", "12-").groups())

# expand
m = re.match(r"(?P<a>\w)(\w)(x)?", "pq")
print(m.expand(r"\2\1"), m.expand(r"\g<a>-\g<2>-\g<0>-[\3]"), m.expand(r"\n\t\\"))
print(repr(m.expand("\\0"+"1")), m.expand(r"\101"))
try:
    m.expand(r"\g<zz>")
except IndexError as e:
    print("IndexError:", e)
try:
    m.expand(r"\9")
except re.error as e:
    print("error:", e)
m = re.match(rb"(a)(b)", b"ab")
print(m.expand(rb"\2\1"), m.group(1, 2), m.groups())
