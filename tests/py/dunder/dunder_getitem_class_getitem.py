# __class_getitem__ and __missing__-like hooks
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"
print(Box[int], Box["x"], Box[3])
print(list[int], dict[str, int], tuple[int, ...])
class Matrix:
    def __init__(self):
        self.d = {}
    def __getitem__(self, idx):
        return ("get", idx)
    def __setitem__(self, idx, v):
        print("set", idx, v)
m = Matrix()
print(m[1, 2], m[1:2, ::3], m[...])
m[0, 0] = "v"
m["k"] = [1]
