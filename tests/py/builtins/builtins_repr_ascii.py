# repr and ascii of many objects
objs = [1, -1.5, 1e100, "str", "it's", 'q"', b"by", bytearray(b"ba"), [1, "a"], (1,), {"k": (1, 2)}, None, True, ..., NotImplemented,
        "é😀\n", range(3), slice(1, 2), 3 + 4j, frozenset(), set(), int, len, type]
for o in objs:
    print(repr(o), ascii(o))
class R:
    def __repr__(self):
        return "Rép"
print(repr(R()), ascii(R()), ascii([R()]), str([R()]))
