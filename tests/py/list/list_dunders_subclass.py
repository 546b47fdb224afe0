# list special methods in the type dict, used by subclasses and directly
class Stack(list):
    def __getitem__(self, i):
        return "item:" + str(list.__getitem__(self, i))
    def __setitem__(self, i, v):
        list.__setitem__(self, i, v * 2)
    def __len__(self):
        return list.__len__(self) + 100
s = Stack([1, 2, 3])
s[0] = 5
print(s[0], len(s), list(s), s == [10, 2, 3], s + [4], type(s + [4]).__name__)
print(list.__getitem__([5, 6, 7], slice(1, None)), list.__len__([1]), list.__contains__([1, 2], 2))
x = [1, 2]
list.__init__(x, "ab")
print(x, list.__add__([1], [2]), list.__mul__([0], 3), list.__rmul__([1], 2))
y = [1]
print(y.__iadd__((2, 3)), y.__imul__(2), y, list.__eq__([1], (1,)), [1].__lt__([2]))
print(list(reversed([1, 2, 3])), list([3, 4].__reversed__()), list([5, 6].__iter__()))
print([1, 2] * True, 2 * [1], [] * 10**18)
for bad in [lambda: [].append(), lambda: [].copy(1), lambda: [].pop(1, 2), lambda: [].index(),
            lambda: [].sort(1), lambda: [].sort(cmp=1), lambda: [1].insert("a", 1), lambda: [1].pop("x"),
            lambda: [1] * 1.5, lambda: 2.5 * [1], lambda: (1,) + [1], lambda: list.append(1, 2),
            lambda: [].count(), lambda: [].pop(2**70), lambda: {}.get(), lambda: {}.keys(1),
            lambda: set().add(), lambda: set().union(a=1), lambda: ().index(1), lambda: range(3).index("a")]:
    try:
        bad()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
a = [1, 2, 3, 4, 5]
print(a.index(3, -3), a.index(5, 2**70 * -1), a.index(1, 0, 2**70), a.count(a))
a.insert(-100, 0)
a.insert(10**6, 9)
try:
    a.insert(2**70, 9)
except OverflowError as e:
    print(type(e).__name__ + ":", e)
print(a, a.pop(0), a.pop(-1), a)
class K:
    def __init__(self, k): self.k = k
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return "K%d" % self.k
data = [(K(2), "a"), (K(1), "b"), (K(2), "c"), (K(1), "d")]
data.sort(key=lambda t: t[0])
print(data)
data.sort(key=lambda t: t[0], reverse=True)
print(data)
class L2(list):
    pass
l2 = L2([3, 1, 2])
l2.sort()
print(l2, hash.__name__, L2.__hash__)
try:
    hash(l2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
