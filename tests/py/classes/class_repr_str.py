# __repr__ vs __str__
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "a Both"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly!"
class StrOnly:
    def __str__(self):
        return "StrOnly!"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, str(b), repr(b), [b], f"{b}", f"{b!r}", "%s %r" % (b, b))
print(r, str(r), [r], (r,), {r: 1})
print(s, str(s), repr(s).startswith("<__main__.StrOnly object at "), [s][0] is s)
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__ + ":", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(repr(Both), str(int), repr(type(None)))
class Deep:
    def __init__(self, children):
        self.children = children
    def __repr__(self):
        return "Deep(%r)" % (self.children,)
print(Deep([Deep([]), Deep([Deep(())])]))
