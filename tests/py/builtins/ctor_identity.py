# Calling an immutable builtin type on an exact instance returns it itself.
x = "An interesting piece of text"
print(x is str(x), x is str(object=x))
t = (1, 2)
print(tuple(t) is t)
b = b"ab"
print(bytes(b) is b)
i = 10 ** 20
print(int(i) is i)
fl = 1.5
print(float(fl) is fl)
print(int(True), type(int(True)).__name__, float(2), str(b"x", "ascii"), bytes(b"ab"))


class S(str):
    pass


s = S("a")
print(type(str(s)).__name__, str(s) is s, type(S(x)).__name__, S(x) is x)
ba = bytearray(b"q")
print(bytes(ba), type(bytes(ba)).__name__)
