# data descriptor with __get__/__set__/__delete__
class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
    def __get__(self, obj, owner):
        if obj is None:
            return self
        print("get", self.name)
        return obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        print("set", self.name, value)
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)
        del obj.__dict__[self.name]
class Person:
    name = Typed("name", str)
    age = Typed("age", int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("ann", 30)
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__ + ":", e)
del p.age
try:
    p.age
except KeyError as e:
    print(type(e).__name__ + ":", e)
print(type(Person.name).__name__, Person.name.kind.__name__)
