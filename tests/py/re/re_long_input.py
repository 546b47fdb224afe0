# Long subjects: deep backtracking state lives on the heap, not the native stack.
import re

s = "ab" * 100000
m = re.match(r"(?:ab)*$", s)
print(m.span())
m = re.match(r"(ab)*", s)
print(m.span(), m.group(1), m.start(1))
m = re.match(r"(?:a|b)*?$", s)
print(m.end())
m = re.fullmatch(r"(?:(a)|(b))+", s)
print(m.span(), m.groups())
print(len(re.findall(r"ab", s)), len(re.split(r"b", s)))
print(len(re.sub(r"a", "", s)))
t = "x" * 200000 + "y"
print(re.search(r"x*y", t).span())
print(re.search(r"y", t).span())
print(re.match(r".*?y", t).end())
print(re.match(r"(?>x+)y", t).end())
print(re.match(r"(?:x)++y", t).end())
print(re.match(r"(x)+?y", t).span(1))
print(re.search(r"(?<=x)y", t).span())
u = "é" * 50000 + "!"
print(re.search(r"\w+!", u).span())
print(re.search(r"(?i)É+!", u).span())
