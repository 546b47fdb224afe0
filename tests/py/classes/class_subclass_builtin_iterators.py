# map, filter, zip, enumerate and reversed can be subclassed.
class mymap(map):
    pass

class counting_filter(filter):
    def __init__(self, *args):
        self.seen = 0
    def __next__(self):
        self.seen += 1
        return super().__next__()

class pairs(zip):
    def __repr__(self):
        return "pairs"

class numbered(enumerate):
    pass

class back(reversed):
    pass

m = mymap(lambda x: x + 10, range(4))
print(type(m).__name__, isinstance(m, map), list(m))
f = counting_filter(None, [0, 1, 2, 0, 3])
print(list(f), f.seen)
p = pairs("ab", [1, 2, 3])
print(repr(p), list(p))
print(list(numbered("xyz", 1)))
print(list(back([1, 2, 3])))
m2 = mymap(str, [1, 2])
m2.extra = "attr"
print(next(m2), m2.__next__(), m2.extra)
try:
    next(m2)
except StopIteration:
    print("StopIteration")
print(iter(m2) is m2)
try:
    class bad(type(iter([]))):
        pass
except TypeError as e:
    print("TypeError:", e)
