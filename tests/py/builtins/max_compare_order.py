# max compares each item with the best so far as `item > best`, min as
# `item < best`: the dunder called and the error message follow from that.
class R:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __gt__(self, o):
        print("gt", self.v, o.v)
        return self.v > o.v
    def __repr__(self):
        return "R(%d)" % self.v

print(max([R(1), R(3), R(2)]))
print(min([R(1), R(3), R(2)]))
print(max(R(5), R(4), key=lambda r: r))

class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
# max falls back to the reflected __lt__ of the best so far.
print(max([OnlyLt(2), OnlyLt(7), OnlyLt(4)]).v)

for f in (max, min):
    for args in [("a", 0.1), (0.1, "a"), ([1], (1,)), (1, None)]:
        try:
            f(*args)
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
# Ties keep the first.
print(max([(1, "a"), (1, "b")], key=lambda t: t[0]), min([(1, "a"), (1, "b")], key=lambda t: t[0]))
