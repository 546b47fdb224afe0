# class-scope name resolution
a = "global"
class K:
    a = "class"
    b = a
    def get_a(self):
        return a
    def get_class_a(self):
        return self.a
    lst = [i for i in range(3)]
    lam = lambda self: a
print(K.b, K().get_a(), K().get_class_a(), K.lst, K().lam())
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count_at_creation = Counter.count
c1, c2 = Counter(), Counter()
print(Counter.count, c1.count_at_creation, c2.count_at_creation, c1.count)
class Shadow:
    items = []
    def add(self, v):
        self.items.append(v)
s1, s2 = Shadow(), Shadow()
s1.add(1)
s2.add(2)
print(Shadow.items, s1.items is s2.items)
class Rebind:
    n = 0
    def bump(self):
        self.n += 1
r = Rebind()
r.bump(); r.bump()
print(r.n, Rebind.n)
class Nested:
    class Inner:
        val = "inner"
    ref = Inner.val
print(Nested.ref, Nested.Inner.__qualname__, Nested.Inner().val)
def fn():
    class Local:
        pass
    return Local
print(fn().__qualname__)
