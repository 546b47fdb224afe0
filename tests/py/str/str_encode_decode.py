# codecs commonly used
s = "Grüße, 世界! 😀"
for enc in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-be", "latin-1", "ascii", "cp1252"):
    try:
        b = s.encode(enc)
        print(enc, b, b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e.start, e.end, e.reason)
print("abc".encode("UTF8"), "abc".encode("utf_8"), "é".encode("Latin1"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(b"\xe6\x97\xa5".decode("utf-8"), b"caf\xe9".decode("latin-1"), b"\x80abc".decode("ascii", "replace"))
print(bytes("é", "utf-8"), bytearray("é", "utf-8"), "é".encode("utf-8", "strict"))
print(b"\xed\xa0\x80".decode("utf-8", "replace"), b"\xf0\x9f\x98".decode("utf-8", "replace"))
print("\ud800".encode("utf-8", "surrogatepass"), b"\xff".decode("utf-8", "surrogateescape") == "\udcff")
