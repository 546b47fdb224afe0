# truthiness in if/while/not/and/or uses __bool__ then __len__
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
empty, full = Box([]), Box([1])
print(bool(empty), bool(full), not empty, empty or "fallback", full and "both")
n = 0
b = Box([1, 2, 3])
while b:
    b.items.pop()
    n += 1
print(n)
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
print([f.on for f in (Flag(True), Flag(False)) if f], all([Flag(True), Box([1])]), any([Flag(False), Box([])]))
print(Flag(False) if Flag(False) else "falsy", len(Box("abc")))
