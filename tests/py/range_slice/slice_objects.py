# slice objects and indices()
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None, -1))
print(s.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(10), slice(-100, 100).indices(7), slice(5, 1, -2).indices(3))
data = list(range(10))
print(data[s], data[slice(None, None, -3)], "abcdef"[slice(2, None)], (1, 2, 3)[slice(-2, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), repr(slice("a", [1], None)))
class Sl:
    def __getitem__(self, key):
        return key
o = Sl()
print(o[1:2], o[::], o[1:2:3], o[:, 1], o[1:2, ::3], o[...], o[()], o[-1])
try:
    slice(1, 2, 0).indices(10)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print(type(e).__name__ + ":", e)
