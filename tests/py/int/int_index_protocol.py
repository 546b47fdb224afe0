# __index__ and __int__ protocols
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
lst = list(range(10))
print(lst[Idx(3)], lst[Idx(-1)], lst[Idx(2):Idx(5)], "abcdef"[Idx(1)])
print(hex(Idx(255)), bin(Idx(5)), oct(Idx(8)))
print(range(Idx(5)), list(range(Idx(1), Idx(4))))
print(int(Idx(9)) if hasattr(Idx, "__int__") else "no __int__", operator_index := __import__("operator").index(Idx(4)))
class I2:
    def __int__(self):
        return 42
print(int(I2()))
try:
    [1, 2][I2()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2]["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2][1.0]
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2, 3][True])
class BadIdx:
    def __index__(self):
        return "no"
try:
    [1][BadIdx()]
except TypeError as e:
    print(type(e).__name__, e)
