# reversed() with __reversed__ or __len__+__getitem__
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        if i < 0 or i >= 4:
            raise IndexError(i)
        return chr(ord("a") + i)
print(list(reversed(Seq())), list(Seq()))
class NoLen:
    def __getitem__(self, i):
        return i
try:
    reversed(NoLen())
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(list(reversed((1, 2, 3))), list(reversed("abc")), list(reversed(range(3))), list(reversed({"a": 1, "b": 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    reversed(x for x in [])
except TypeError as e:
    print(type(e).__name__ + ":", e)
