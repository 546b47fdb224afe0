# sets of user objects
class Tag:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Tag) and self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
    def __repr__(self):
        return "Tag(%r)" % self.name
tags = {Tag("Py"), Tag("py"), Tag("RUST"), Tag("rust"), Tag("go")}
print(len(tags), Tag("PY") in tags, sorted(t.name.lower() for t in tags))
class NoHash:
    __hash__ = None
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(isinstance(NoHash(), object), NoHash.__hash__)
