# __eq__ and __hash__ interplay
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.v == other.v
print(V(1) == V(1), V(1) != V(2), V(1) == 1, V.__hash__)
try:
    hash(V(1))
except TypeError as e:
    print(type(e).__name__ + ":", e)
class H(V):
    def __hash__(self):
        return hash(self.v)
print(hash(H(5)) == hash(5), len({H(1), H(1), H(2)}))
class Default:
    pass
a, b = Default(), Default()
print(a == a, a == b, a != b, hash(a) == hash(a))
class Ne:
    def __eq__(self, other):
        return "custom eq"
print(Ne() == 1, Ne() != 1, 1 == Ne())
class InheritHash(H):
    def __eq__(self, other):
        return True
print(InheritHash.__hash__)
class KeepHash(H):
    def __eq__(self, other):
        return True
    __hash__ = H.__hash__
print(hash(KeepHash(3)))
class NoNe:
    def __eq__(self, other):
        print("eq called")
        return False
print(NoNe() != NoNe())
