# copy of user classes without special methods copies __dict__
import copy
class Plain:
    def __init__(self):
        self.items = [1, 2]
        self.name = "p"
p = Plain()
c = copy.copy(p)
d = copy.deepcopy(p)
p.items.append(3)
print(type(c).__name__, c.items, d.items, c.name, c is not p)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
        self.b = "x"
s = Slotted()
s2 = copy.deepcopy(s)
s.a.append(2)
print(s2.a, s2.b)
