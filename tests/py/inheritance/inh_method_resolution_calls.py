# calling overridden methods through base-class code
class Base:
    def run(self):
        return [self.step1(), self.step2()]
    def step1(self):
        return "base1"
    def step2(self):
        return "base2"
class Mid(Base):
    def step2(self):
        return "mid2"
class Leaf(Mid):
    def step1(self):
        return "leaf1+" + Base.step1(self)
print(Base().run(), Mid().run(), Leaf().run())
class Mixin:
    def step2(self):
        return "mixin2>" + super().step2()
class Mixed(Mixin, Leaf):
    pass
print(Mixed().run(), [c.__name__ for c in Mixed.__mro__])
