# searching
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.find(""), s.rfind(""), s.find("o", 13, 20))
print(s.index("fox"), s.rindex("o"), s.count("o"), s.count(""), s.count("the", 5), "aaaa".count("aa"))
print(s.startswith("the"), s.endswith("dog"), s.startswith(("a", "t")), s.endswith(("x", "g")), s.startswith("quick", 4), s.endswith("fox", 0, 19))
print("".find(""), "abc".find("", 5), "abc".find("c", -1), "abc".find("a", -10), "abc".count("", 1, 2))
try:
    s.index("cat")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("cat")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["the"])
except TypeError as e:
    print(type(e).__name__, e)
