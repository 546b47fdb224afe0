# user sequences receiving slices and __len__
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return Seq(self.data[idx])
        return self.data[idx]
    def __setitem__(self, idx, value):
        self.data[idx] = value
    def __delitem__(self, idx):
        del self.data[idx]
    def __repr__(self):
        return "Seq(%r)" % (self.data,)
s = Seq(range(10))
print(s[2:5], s[::-2], s[-1], len(s), list(s), 3 in s)
s[1:3] = ["a", "b", "c"]
print(s)
del s[::2]
print(s)
s[0] = "first"
print(s, s[slice(1, None)], list(reversed(s)))
try:
    s[100]
except IndexError as e:
    print(type(e).__name__ + ":", e)
