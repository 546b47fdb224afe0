# the = specifier
x = 10
name = "Ann"
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{x=!s}", f"{name=}", f"{name=!s}", f"{name = :>6}")
print(f"{x + 1=}", f"{items[0]=}", f"{len(items)=}", f"{x*2 = :05}")
print(f"{3.14=:.1f}", f"{'lit'=}", f"{None=}")
