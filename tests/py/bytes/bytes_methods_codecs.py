# bytes/bytearray methods, constructors, %-formatting, mutation and utf-8/utf-16/utf-32 decode errors
b = b"Hello World hello"
print(b.split(b"l", 2), b.rsplit(b"l", 2), b.rsplit(), b" a  b ".rsplit(None, 1), b"".split(), b"a\r\nb\rc\n".splitlines(), b"a\nb".splitlines(keepends=True))
print(b.find(b"l", 5), b.rfind(108), b.count(b"l"), b.index(b"o", 5), b.rindex(b"o"), b.find(b"", 20), b.count(b"", 3, 5))
print(b.replace(b"", b"-"), b.replace(b"", b"-", 2), b"aaa".replace(b"a", b"bb", 2), b.startswith((b"x", b"He")), b.endswith(b"lo", 0, 5))
print(b"xxhixx".strip(b"x"), b"  a ".lstrip(), b"  a ".rstrip(), bytearray(b" x ").strip(), b"abc".center(7, b"-"), b"-12".zfill(5))
print(b"a\tbc\td".expandtabs(4), b"hello world".title(), b"HeLLo".swapcase(), b"abc".isalnum(), b"".isalpha(), b"Ab Cd".istitle(), b"ABC1".isupper(), b"abc ".islower())
print(b"abc".hex(), b"abcdef".hex(":", 2), b"abcdef".hex(b"-", -4), bytes.fromhex(" 01 ff0a "), bytearray.fromhex("ab"), bytes.maketrans(b"abc", b"xyz")[97:100])
print(b"hello".translate(None, b"l"), b"hello".translate(bytes.maketrans(b"el", b"ip")), b"abc".removeprefix(b"ab"), b"abc".removesuffix(b"x"))
print(bytes(4), bytes([1, 2]), bytes(b"x"), bytes(bytearray(b"y")), bytes("hé", "latin-1"), bytes(range(3)), bytes(iter([65])), bytearray("ab", "ascii"))
class BB:
    def __bytes__(self):
        return b"custom"
print(bytes(BB()), b"%s" % BB(), b"%b" % b"x", b"%5s|%-5s|" % (b"a", b"b"), b"%(k)s" % {b"k": b"v"}, b"%x%X%o" % (255, 255, 8), b"%.2f" % 1.5)
ba = bytearray(b"abc")
ba.extend(range(65, 68)); ba.append(0x21); ba.insert(-1, 0x2e); ba.insert(100, 0x3f); print(ba, ba.pop(), ba.pop(0), ba)
ba[::2] = b"" if False else ba[::2]
del ba[0]; ba[0:2] = b"XYZ"; print(ba, len(ba), ba * 2, 2 * ba, ba + b"!", b"!" + ba, ba == b"XYZAB.!", ba.copy() is ba)
ba *= 2; print(ba); ba += bytearray(b"+"); print(ba, ba.count(b"Z"), ba.find(b"A"), bytes(ba)[:3], list(ba[:3]))
print(b"abc" < b"abd", b"abc" >= bytearray(b"abc"), b"a" in b"abc", 97 in b"abc", b"" in b"", hash(b"x") == hash(b"x"), sorted([b"b", bytearray(b"a")]))
print(repr(bytearray(b"\x00'\"\\")), repr(b"\x00'\"\\"), repr(b"'"), repr(bytearray(b"'")), str(b"ab"), str(bytearray(b"ab")))
for bad in [lambda: bytearray(b"a").pop(), lambda: hash(bytearray()), lambda: bytes.fromhex("1"), lambda: b"a".hex("::"), lambda: bytearray().remove(300), lambda: bytes(1, 2),
            lambda: b"a".decode("utf-16"), lambda: b"\x00\xd8".decode("utf-16-le"), lambda: b"%d" % b"x", lambda: b"%c" % 300, lambda: b"%s %s" % b"x", lambda: b"ab".join([b"x", "y"]),
            lambda: bytearray(b"a").extend(3), lambda: bytearray(b"a").extend(["a"]), lambda: b"a" * b"a", lambda: b"abc".index(b"z"), lambda: bytearray(b"ab")[5], lambda: bytes([1]) + "x"]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(b"a\xffb".decode("ascii", "ignore"), b"a\xffb".decode("ascii", "backslashreplace"), b"\xe9t\xe9".decode("latin1"), "é".encode("ascii", "namereplace") if False else "", "aé".encode("latin-1", "xmlcharrefreplace"), "a€".encode("latin-1", "replace"))
print(b"caf\xc3".decode("utf-8", "replace"), b"\xc3\x28".decode("utf-8", "replace"), b"\xf0\x28\x8c\xbc".decode("utf-8", "ignore"), bytes("😀", "utf-16-be"), b"\xd8\x3d\xde\x00".decode("utf-16-be"))
for bad in [b"\xc3\x28", b"\xf0\x9f\x98", b"\x80", b"ab\xe2\x82", b"\xf5"]:
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print(e, e.start, e.end, e.reason, e.encoding, e.object)
for b,e in [(b"a","utf-16"),(b"\x00\xdc","utf-16-le"),(b"\x00\xd8a\x00","utf-16-le"),(b"\xff\xfe\x00\xd8","utf-16"),(b"abc","utf-32"),(b"\x00\x00\x11\x00","utf-32-le")]:
  try: print(repr(b.decode(e)))
  except Exception as x: print(x)
