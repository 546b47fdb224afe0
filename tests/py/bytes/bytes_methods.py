# bytes methods
b = b"Hello, World"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.split(b", "), b.split(), b"a b  c".split(), b.rsplit(b"o", 1), b"a\nb\r\nc".splitlines())
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.find(111), b.count(b"l", 5))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 1), b.startswith(b"He"), b.endswith((b"x", b"ld")))
print(b"  x  ".strip(), b"xxaxx".strip(b"x"), b"-".join([b"a", b"b"]), b"ab".center(6, b"*"), b"7".zfill(3))
print(b.partition(b", "), b.rpartition(b"l"), b"abc".ljust(5) + b"|", b"abc".rjust(5, b"0"))
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b" ".isspace(), b"AB".isupper(), b"Ab".istitle(), b"\x80".isascii())
print(b"hello".hex(), b"hello".hex(":"), b"\x01\xff".hex("-", 1), bytes.fromhex("68 65 6c 6c 6f"), bytes.fromhex(""))
print(b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"), b"a\tb".expandtabs(4), b"abc".translate(bytes.maketrans(b"ab", b"xy")))
print(b"abcabc".removeprefix(b"abc"), b"abc.py".removesuffix(b".py"), b"x".join(b"ab" for _ in range(2)))
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc".index(b"z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"a".join(["a"])
except TypeError as e:
    print(type(e).__name__, e)
