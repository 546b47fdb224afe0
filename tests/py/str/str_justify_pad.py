# center/ljust/rjust/zfill
print(repr("ab".center(6)), repr("ab".center(7)), repr("abc".center(6)), repr("ab".center(7, "*")), repr("abc".center(2)))
print(repr("ab".ljust(5, ".")), repr("ab".rjust(5, ".")), repr("abcdef".ljust(3)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "".zfill(3), "-".zfill(3), "12345".zfill(3))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
print(repr("é".center(5, "ü")), repr("日".rjust(3)))
