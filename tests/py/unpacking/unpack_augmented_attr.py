# augmented assignment targets evaluate once
class Obj:
    def __init__(self):
        self.v = 1
        self.lst = [1, 2]
calls = []
o = Obj()
def get():
    calls.append("get")
    return o
get().v += 10
print(o.v, calls)
calls.clear()
def idx():
    calls.append("idx")
    return 1
o.lst[idx()] *= 5
print(o.lst, calls)
d = {"a": [1]}
d["a"] += [2]
print(d)
s = "ab"
s *= 2
print(s)
n = 7
n //= 2
n **= 3
n %= 5
n <<= 2
n |= 1
n ^= 3
n &= 0xFF
n >>= 1
print(n)
