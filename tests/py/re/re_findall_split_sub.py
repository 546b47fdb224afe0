# findall / finditer / split / sub / subn, including empty matches (3.7+ rules).
import re

print(re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"(\w)(\d)", "a1b2c"))
print(re.findall(r"(\w)\d", "a1b2c"))
print(re.findall(r"(a)|(b)", "ab"))
print(re.findall(r"", "abc"))
print(re.findall(r"a*", "baaac"))
print(re.findall(r"a*?", "baa"))
print(re.findall(r"\b", "ab cd"))
print(re.findall(r"(?=a)", "aa"))
print(re.findall(r"x*|a", "xa"))
print(re.compile(r"o").findall("foo boo", 2, 6))
print([m.span() for m in re.finditer(r"a*", "baaac")])
print([m.group() for m in re.finditer(r"\w+", "hi there you")])
it = re.finditer("a", "aa")
print(next(it).span(), next(it).span(), next(it, None))
print([m.span() for m in re.compile("o").finditer("foo boo", 2)])

print(re.split(r",", "a,b,,c,"))
print(re.split(r"(,)", "a,b"))
print(re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r"\s+", " a  b "))
print(re.split(r"x*", "axbc"))
print(re.split(r"", "abc"))
print(re.split(r"\b", "ab cd"))
print(re.split(r"(?=b)", "abab"))
print(re.split(r",", "a,b,c,d", 2))
print(re.split(r",", "a,b,c", maxsplit=1))
print(re.split(r",", "a,b,c", -1))
print(re.split(r"^$", "", flags=re.M))
print(re.split("a", ""))
print(re.split("", ""))
print(re.compile(",").split("a,b", maxsplit=0))

print(re.sub(r"\d", "#", "a1b22"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a bc"))
print(re.sub(r"(\w)", r"\g<1>0", "ab"))
print(re.sub(r"a", r"\n\t\\", "xa"))
print(repr(re.sub(r"a", "\\0", "a")), repr(re.sub("a", r"\01", "a")), re.sub("(a)", r"\101", "a"))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"x*", "-", ""))
print(re.sub(r"", "-", "abc"))
print(re.sub(r"(?=b)", "^", "abab"))
print(re.sub(r"a|(b)", r"[\1]", "ab"))
print(re.sub(r"\w", lambda m: m.group().upper() * 2, "ab c"))
print(re.sub(r"\w", lambda m: None, "ab c"))
print(re.sub("a", "b", "aaaa", 2), re.sub("a", "b", "aaaa", count=1), re.sub("a", "b", "aaa", -1))
print(re.subn("a", "b", "banana"), re.subn("x", "y", "abc"), re.subn("", "-", "ab"))
print(re.compile("o").sub("0", "foo boo", 3))
print(re.sub("a", "\\\\", "a"))
print(re.sub("(a)(b)?", r"\2", "ac"))
calls = []
def rec(m):
    calls.append(m.span())
    return "<" + m.group() + ">"
print(re.sub(r"\d+", rec, "a1b22c"), calls)
for bad in [r"\3", r"\g<x>", r"\g<1", r"\g", r"\q", r"\g<-1>", r"\g<a b>", "\\"]:
    try:
        print(re.sub("(a)", bad, "a"))
    except (re.error, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(re.sub("x", r"\q", "abc") if False else "skip")
for f in [lambda: re.sub("a", lambda m: 1, "xa"), lambda: re.sub("a", 1, "a"), lambda: re.sub("a", b"b", "a"),
          lambda: re.sub("a", b"b", "x")]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
it = re.finditer(r"a*", "baaac")
print(type(it).__name__, iter(it) is it)
print([m.span() for m in it], list(it))
it = re.compile("o").finditer("foo boo", 2, 6)
print(next(it), next(it).span(), next(it, "end"), next(it, "end"))
print([m.group() for m in re.finditer(r"\w+", "héllo wörld")])
print(next(re.finditer("b", "ab" * 100000)).span())
