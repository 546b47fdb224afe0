# __eq__ used in list membership, index, count, remove and dict lookup
class Key:
    calls = 0
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        Key.calls += 1
        return isinstance(other, Key) and self.k.lower() == other.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
    def __repr__(self):
        return "Key(%r)" % self.k
lst = [Key("a"), Key("B"), Key("c")]
print(Key("b") in lst, lst.index(Key("C")), lst.count(Key("A")))
lst.remove(Key("b"))
print(lst)
d = {Key("X"): 1}
print(d[Key("x")], Key("x") in d, d.get(Key("y")))
s = {Key("q"), Key("Q")}
print(len(s), s)
print(Key.calls > 0)
