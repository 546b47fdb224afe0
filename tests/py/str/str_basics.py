# basic string operations
s = "hello, world"
print(len(s), s[0], s[-1], s[3:8], s[::-1], s[::2], s[-5:], s[:0])
print(s + "!", s * 2, "-" * 10, "ab" * 0, "ab" * -1)
print("wor" in s, "xyz" not in s, "" in s, "" in "")
print(s.upper(), s.title(), s.capitalize(), "HeLLo".swapcase(), "ABC".lower(), "ß".upper(), "ǅ".lower())
print(repr(""), len(""), "".upper(), ""[:], ""[::-1])
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "abc" < "ab", "a" == "a", "a" != "A")
print(ord("a"), chr(97), ord("€"), chr(8364), chr(0x1F600), ord("\n"))
print(str(123), str(-1.5), str(None), str([1, "a"]), str(("x",)))
print("abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1))
try:
    s[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = "H"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc" + None
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
