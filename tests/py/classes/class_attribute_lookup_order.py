# data descriptors > instance dict > non-data descriptors > class attrs
class DataDesc:
    def __get__(self, obj, owner):
        return "data descriptor"
    def __set__(self, obj, value):
        print("DataDesc.__set__", value)
class NonData:
    def __get__(self, obj, owner):
        return "non-data descriptor"
class C:
    d = DataDesc()
    n = NonData()
    plain = "class attr"
c = C()
c.__dict__["d"] = "instance d"
c.__dict__["n"] = "instance n"
c.__dict__["plain"] = "instance plain"
print(c.d, c.n, c.plain)
c.d = 5
print(c.__dict__["d"])
print(C.d, C.n, C.plain)
del c.__dict__["n"]
print(c.n)
