# __format__ receives the spec; __repr__ used by !r and containers
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __format__(self, spec):
        if spec.startswith("p"):
            return f"({format(self.x, spec[1:])}; {format(self.y, spec[1:])})"
        return str(self) if not spec else format(str(self), spec)
v = Vec(1.5, -2)
print(v, repr(v), f"{v}", f"{v:p.2f}", f"{v:>12}|", f"{v!r:>20}|", [v], "{0:p}".format(v), format(v, "p+"))
class Inherit(Vec):
    pass
print(Inherit(1, 2), [Inherit("a", None)])
