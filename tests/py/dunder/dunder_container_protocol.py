# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, v):
        self.cells[key] = v
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, v):
        return v in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(len(g), g[0, 0], g[1, 1], "#" in g, "?" in g, list(g))
del g[0, 0]
print(list(g), "#" in g)
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__ + ":", e)
try:
    del g[1, 1]
except KeyError as e:
    print(type(e).__name__ + ":", e)
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(OnlyGetitem()), 9 in OnlyGetitem(), 5 in OnlyGetitem(), list(reversed([*OnlyGetitem()])))
for v in OnlyGetitem():
    print("item", v)
class IterOnly:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in IterOnly(), 7 in IterOnly(), sorted(IterOnly(), reverse=True))
class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    1 in NotIterable()
except TypeError as e:
    print(type(e).__name__ + ":", e)
class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__ + ":", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__ + ":", e)
