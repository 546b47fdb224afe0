# misc builtins: slice, range, frozenset, bytes, divmod corner cases
print(list(range(5))[slice(None, None, 2)], slice(3).indices(10), range(3, 0, -1)[0])
print(frozenset("abc") == frozenset("cba"), bytes(range(65, 70)), bytearray(b"x") * 2)
print(divmod(0, 5), divmod(5, 5), divmod(-1, 5), divmod(1, -5))
print(list(map(int, ["1", "-2", " 3 "])), list(map(float, ["1.5", "inf"])))
print(max(range(10), key=lambda v: v % 4), min(range(10), key=lambda v: (v % 3, -v)))
