# len of many types
print(len(""), len("héllo"), len(b"ab"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 2}), len(range(10)), len(range(0, 10, 3)), len(frozenset("aab")), len(bytearray(3)))
print(len({}.keys()), len({"a": 1}.values()), len({"a": 1}.items()), len("😀"), len("e\u0301"))
class L:
    def __len__(self):
        return 7
print(len(L()))
for bad in (5, 2.5, None, iter([1])):
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
