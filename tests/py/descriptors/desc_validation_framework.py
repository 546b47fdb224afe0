# a small validation framework built on descriptors
class Validator:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        self.validate(value)
        obj.__dict__[self.name] = value
class Positive(Validator):
    def validate(self, v):
        if not isinstance(v, (int, float)) or v <= 0:
            raise ValueError(f"{self.name} must be positive, got {v!r}")
class OneOf(Validator):
    def __init__(self, *options):
        self.options = options
    def validate(self, v):
        if v not in self.options:
            raise ValueError(f"{self.name} must be one of {self.options}, got {v!r}")
class Item:
    qty = Positive()
    price = Positive()
    kind = OneOf("tool", "food")
    def __init__(self, qty, price, kind):
        self.qty, self.price, self.kind = qty, price, kind
    def total(self):
        return self.qty * self.price
print(Item(3, 2.5, "tool").total())
for args in ((0, 1, "tool"), (1, -2, "food"), (1, 1, "toy"), (1, "x", "food")):
    try:
        Item(*args)
    except ValueError as e:
        print(type(e).__name__ + ":", e)
