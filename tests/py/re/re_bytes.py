# bytes and bytearray subjects; mixing str and bytes is a TypeError.
import re

print(re.findall(rb"\w+", b"hello world"))
print(re.sub(rb"o", b"0", b"foo"))
print(re.sub(rb"(o)", rb"[\1]", b"foo"))
print(re.split(rb",", b"a,b"))
m = re.search(rb"(\d+)", bytearray(b"ab12"))
print(m, m.group(1), type(m.group(1)).__name__)
print(re.sub(rb"a", b"b", bytearray(b"aa")))
print(re.match(rb"\xff+", b"\xff\xfe"))
print(re.fullmatch(b"(?i)ABC", b"abc"))
print(re.compile(b"a").pattern, re.compile(b"a").flags)
for f in [lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"), lambda: re.match("a", 1),
          lambda: re.compile("a").search(None), lambda: re.findall(b"a", "a"), lambda: re.sub("a", "b", b"a")]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
