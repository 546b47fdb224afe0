# bytes literals and repr
print(b"abc", b"", b"\x00\x01\x7f\x80\xff", b"'", b'"', b"'\"", b"\\", b"\n\r\t", rb"\n", b"\x41")
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"copy"), bytes())
print(bytearray(b"ab"), bytearray(2), bytearray([1, 2]), bytearray(), repr(bytearray(b"x'y")))
print(len(b"abc"), b"abc"[0], b"abc"[-1], b"abc"[1:], b"abc"[::-1], type(b"a"[0]).__name__)
print(list(b"hi"), b"a" + b"b", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"" in b"x")
print(b"abc" == b"abc", b"abc" < b"abd", b"a" == "a", b"ab" == bytearray(b"ab"), hash(b"abc") == hash(b"abc"))
for bad in ([256], [-1], ["a"], 1.5):
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bytes("abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc"[5]
except IndexError as e:
    print(type(e).__name__, e)
