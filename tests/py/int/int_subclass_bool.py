# bool is int subclass, int subclasses
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True)
print(isinstance(True, int), issubclass(bool, int), type(True + 0).__name__)
class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)
m = MyInt(7)
print(m, repr(m), m + 1, type(m + 1).__name__, type(m).__name__, m == 7, hash(m) == hash(7))
print(MyInt("ff", 16), MyInt(), isinstance(m, int))
class Half(int):
    def __add__(self, other):
        return "custom add"
print(Half(1) + 2, 2 + Half(1))
print(int(MyInt(5)), type(int(MyInt(5))).__name__)
print(sum([True, True, False, True]))
