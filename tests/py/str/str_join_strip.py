# join and strip family
print(",".join(["a", "b", "c"]), "".join([]), "-".join("abc"), " ".join(("x",)), "ab".join(["1", "2", "3"]))
print("".join(str(i) for i in range(5)), ", ".join(map(str, [1.5, None, True])))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
print(repr("  hi  ".strip()), repr("  hi  ".lstrip()), repr("  hi  ".rstrip()), repr("\t\n x \r\n".strip()))
print("xxhixx".strip("x"), "abchicba".strip("abc"), "hello".lstrip("leh"), "hello".rstrip("lo"), "".strip())
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("x"), "abc".removesuffix(""))
print(repr("\u3000 x \xa0".strip()))
