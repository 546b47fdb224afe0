# bytearray is mutable
ba = bytearray(b"hello")
ba[0] = 74
print(ba)
ba.append(33)
ba.extend(b" you")
ba.extend([65, 66])
print(ba, len(ba))
ba[1:3] = b"EE"
print(ba)
ba[0:1] = b""
print(ba)
del ba[-2:]
print(ba)
ba.insert(0, 42)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("E"))
print(ba)
ba.reverse()
print(ba)
ba += b"!!"
ba *= 2
print(ba, ba.count(b"!"))
ba.clear()
print(ba, len(ba))
for bad in (256, -1, "a"):
    try:
        bytearray(b"a")[0] = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bytearray(b"a").remove(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
x = bytearray(b"abc")
y = bytes(x)
x[0] = 0
print(x, y, x.copy(), bytearray(b"xyz")[::2], bytearray(b"ab").upper(), type(bytearray(b"ab").upper()).__name__)
print(bytearray(b"ab") + b"cd", type(bytearray(b"ab") + b"cd").__name__, type(b"ab" + bytearray(b"cd")).__name__)
