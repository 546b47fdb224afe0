# cooperative super() in multiple inheritance
class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]
    def hello(self):
        return ["Base"]
class A(Base):
    def __init__(self):
        print("A.__init__")
        super().__init__()
        self.trail.append("A")
    def hello(self):
        return ["A"] + super().hello()
class B(Base):
    def __init__(self):
        print("B.__init__")
        super().__init__()
        self.trail.append("B")
    def hello(self):
        return ["B"] + super().hello()
class C(A, B):
    def __init__(self):
        print("C.__init__")
        super().__init__()
        self.trail.append("C")
    def hello(self):
        return ["C"] + super().hello()
c = C()
print(c.trail, c.hello())
print(super(A, c).hello(), super(B, c).hello(), super(C, c).hello())
class KW:
    def __init__(self, **kw):
        print("KW leftover", kw)
class Named(KW):
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)
class Aged(KW):
    def __init__(self, age, **kw):
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    pass
p = Person(name="x", age=3, extra=1)
print(p.name, p.age)
