# __set_name__ is called at class creation
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
class Model:
    first = Field()
    second = Field()
    not_a_field = 1
m = Model()
print(m.first)
m.first = "F"
print(m.first, m._first, Model.first.name, Model.second.private)
class Later:
    pass
f = Field()
Later.attr = f
print(hasattr(f, "name"))
f.__set_name__(Later, "attr")
l = Later()
l.attr = 5
print(l.attr)
def make():
    return type("Dyn", (), {"dyn": Field()})
D = make()
print(D.dyn.name)
