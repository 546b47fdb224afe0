# bound and unbound methods
class K:
    def __init__(self, name):
        self.name = name
    def greet(self, greeting="hi"):
        return greeting + " " + self.name
k = K("ann")
m = k.greet
print(m(), m("yo"), K.greet(k), K.greet(k, "hey"), m.__self__ is k, m.__func__ is K.greet)
print(k.greet == k.greet, k.greet is k.greet, K.greet is K.greet)
k.greet = lambda: "instance attr wins"
print(k.greet(), K.greet(k))
def external(self):
    return "external " + self.name
K.ext = external
print(K("bob").ext())
methods = [K("x").greet, K("y").greet]
print([f() for f in methods])
print(type(K.greet).__name__, type(K("z").greet).__name__)
class WithCls:
    def who(self):
        return type(self).__name__
class Child(WithCls):
    pass
print(WithCls.who(Child()), Child().who())
