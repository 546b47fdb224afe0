# f-string conversions !r !s !a
name = "wörld"
val = [1, "x"]
print(f"{name}", f"{name!r}", f"{name!s}", f"{name!a}")
print(f"{val}", f"{val!r}", f"{val!a}", f"{3.0!r}", f"{'q'!r:>6}")
class C:
    def __str__(self):
        return "C-str"
    def __repr__(self):
        return "C-repr"
    def __format__(self, spec):
        return "C-format[" + spec + "]"
c = C()
print(f"{c}", f"{c!s}", f"{c!r}", f"{c!a}", f"{c:xyz}", f"{c!s:>8}", f"{c!r:*^10}")
print(f"{'é😀'!a}", f"{None!r}", f"{True!s}")
