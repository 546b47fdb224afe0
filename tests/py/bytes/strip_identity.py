s = b"abc"
print(s.strip() is s, s.lstrip() is s, s.rstrip(b"z") is s)
print(bytearray(b"x").strip(), type(bytearray(b"x").strip()))
class B(bytes): pass
b = B(b"q")
print(type(b.strip()), b.strip() is b)
