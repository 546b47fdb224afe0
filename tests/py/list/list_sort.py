# sorting with keys, reverse and stability
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data))
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: t[0], reverse=True))
words = ["Banana", "apple", "cherry", "Apple", "banana", "date"]
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: -x), sorted(nums, reverse=True))
nums.sort()
print(nums)
print(sorted([3.5, 1, 2.25, -0.0, 0]), sorted([[2, 1], [1, 2], [1], []]), sorted("hello"))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted({3: "c", 1: "a", 2: "b"}), sorted({3, 1, 2}))
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:10], s[-5:], s == sorted(s), sorted(big, reverse=True)[:5])
st = sorted(range(20), key=lambda x: x % 3)
print(st)
print(sorted(range(20), key=lambda x: x % 3, reverse=True))
print(sorted([], key=len), sorted([1]), [1, 2].sort())
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "K%d" % self.v
print(sorted([K(3), K(1), K(2)]), min(K(5), K(4)), max([K(1), K(9), K(3)]))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__ + ":", e)
a = [3, 1, 2]
try:
    a.sort(key=lambda x: (a.append(x), x)[1])
except ValueError as e:
    print(type(e).__name__ + ":", e)
