# dict(x) / dict.update(x) with a keys() method whose keys are new objects,
# and with pairs whose key's __hash__ runs Python code.
class M:
    def keys(self):
        return ((i, str(i) * 3) for i in range(6))

    def __getitem__(self, k):
        [str(j) for j in range(30)]
        return [k]


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        [str(j) for j in range(30)]
        return hash(self.v)

    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v

    def __repr__(self):
        return "K(%r)" % (self.v,)


for _ in range(20):
    print(dict(M()))
    d = {}
    d.update(M())
    print(len(d))
    print(dict((K(i), [str(i) * 2]) for i in range(5)))
    print(dict(iter([K(i), (str(i), i)]) for i in range(5)))
