# replace, translate, maketrans, expandtabs
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"), "aaa".replace("aa", "b"))
print("".replace("", "x"), "abc".replace("", "-", 2), "abab".replace("ab", ""), "a.b.c".replace(".", "", 1))
t = str.maketrans("abc", "xyz")
print("aabbcc-abc".translate(t), sorted(t.items()))
t2 = str.maketrans({"a": "AA", "b": None, "c": 100})
print("abcabc".translate(t2))
t3 = str.maketrans("ab", "12", "z")
print("abzzab".translate(t3))
print("a\tb\tc".expandtabs(), "a\tbb\tccc".expandtabs(4), "\t".expandtabs(2), "ab\r\tc".expandtabs(4))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print(type(e).__name__, e)
