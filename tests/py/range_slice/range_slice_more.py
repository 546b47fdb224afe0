# range and slice details: huge bounds, reversed, index/count, indices()
r = range(10**20, 10**20 + 50, 7)
print(len(r), r[3], r[-1], r[1:3], r[::-1][0], 10**20 + 14 in r, r.index(10**20 + 14), r.count(10**20))
print(list(reversed(range(3, 20, 4))), list(reversed(range(10, 0, -3))), list(reversed(range(2**64, 2**64 + 3))))
print(range(0, 10, 1).index(True), range(3).count(1.0), range(3).count(True))
try:
    range(3).index(1.5)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    range(3)["a"]
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(range(0, 5, 2) == range(0, 6, 2), range(1, 2, 5) == range(1, 3, 7), range(3) != range(3), hash(range(1, 2, 5)) == hash(range(1, 3, 7)))
print({range(3): 1}[range(0, 3)], range(5)[-2:] , range(5)[10:20], range(5)[::2][::-1])
s = slice(2**70)
print(s.indices(10), slice(-2**70, None, -1).indices(5), slice(None, None, 2**70).indices(3))
try:
    slice(1).indices(-1)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    slice("a").indices(3)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(slice(1, 2) < slice(1, 3), slice(1, 2, 3) == slice(1, 2, 3), slice(None) == slice(None, None, None))
try:
    slice()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), [10, 20][slice(None, None, -1)])
t = (1, 2, 3, 2)
print(t.index(2, 2), t.count(2), tuple.__len__(t), tuple.__getitem__(t, -1), t.__add__((4,)), (1,).__mul__(3), t.__eq__([1]))
try:
    t.index(2, 0, 1)
except ValueError as e:
    print(type(e).__name__ + ":", e)
