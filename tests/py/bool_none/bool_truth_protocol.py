# __bool__ and __len__ determine truthiness
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len called")
        return self.n
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
class Neither:
    pass
print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)))
print(bool(Both()), bool(Neither()))
if L(2):
    print("L(2) truthy")
print(not B(False))
print(B(True) and "and-result")
x = B(False) or "or-result"
print(x)
while L(0):
    pass
print([1 for o in (L(1), L(0)) if o])
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
