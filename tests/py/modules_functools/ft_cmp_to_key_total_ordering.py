# cmp_to_key and total_ordering
from functools import cmp_to_key, total_ordering
def cmp(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
print(sorted(["bb", "a", "ccc", "ab", "b"], key=cmp_to_key(cmp)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), max(["x", "yy"], key=cmp_to_key(cmp)))
@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
a, b = Version("1.2.10"), Version("1.10.0")
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([Version("2.0"), Version("1.9.9"), Version("1.10")]), max(Version("0.1"), Version("0.0.9")))
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print(type(e).__name__ + ":", e)
