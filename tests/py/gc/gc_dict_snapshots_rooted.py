# Snapshots of a dict's items held in native memory while Python code run
# by the operation replaces later entries by equal copies (the old objects
# are then referenced by the snapshot only): repr(dict),
# {**d} with a key whose __hash__ does it, {**m} with a keys() method,
# __set_name__ deleting the other class attributes, SyntaxError(msg, gen).


def swap(d, keys):
    for k in keys:
        if k in d:
            d[k] = [s + "" for s in d.pop(k)]
    [str(i) for i in range(50)]


class SwapRepr:
    def __init__(self, d):
        self.d = d

    def __repr__(self):
        swap(self.d, ("x", "y"))
        return "SwapRepr"


class SwapHash:
    def __init__(self, d):
        self.d = d

    def __hash__(self):
        swap(self.d, ("x", "y"))
        return 7

    def __repr__(self):
        return "SwapHash"


class Mapping:
    def keys(self):
        return [str(i) * 2 for i in range(4)]

    def __getitem__(self, k):
        return [k + "!"]


class HashAlloc:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        [str(i) for i in range(50)]
        return hash(self.v)

    def __repr__(self):
        return "H(%s)" % self.v


class MapH:
    def keys(self):
        return (HashAlloc(str(i)) for i in range(4))

    def __getitem__(self, k):
        return [k.v * 2]


class Desc:
    def __init__(self, tag):
        self.tag = tag

    def __set_name__(self, owner, name):
        for n in ("b", "c"):
            if n != name and n in owner.__dict__:
                delattr(owner, n)
        [str(i) for i in range(50)]
        print("set_name", self.tag, name)


for it in range(25):
    d = {}
    d[SwapRepr(d)] = 1
    d["x"] = [str(i) * 3 for i in range(3)]
    d["y"] = [str(i) * 2 for i in range(4)]
    r = repr(d)

    m = {}
    m[SwapHash(m)] = 1
    m["x"] = [str(i) * 3 for i in range(3)]
    m["y"] = [str(i) * 2 for i in range(2)]
    src = dict(m)
    merged = {**m}
    items = sorted((repr(k), v) for k, v in merged.items())

    mm = {**Mapping()}
    mh = {**MapH()}

    class C:
        a = Desc("a")
        b = Desc(str(it) + "b")
        c = Desc(str(it) + "c")

    try:
        raise SyntaxError("bad", (s for s in ["f" + str(it), 1 + it % 3, 2, "text " + str(it)]))
    except SyntaxError as ex:
        se = (ex.filename, ex.lineno, ex.offset, ex.text)
    if it % 6 == 0:
        print(r, items, mm, mh, sorted(C.__dict__.keys() & {"a", "b", "c"}), se)
