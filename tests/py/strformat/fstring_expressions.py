# arbitrary expressions in f-strings
items = ["apple", "kiwi", "banana"]
print(f"{len(items)} items: {', '.join(items)}")
print(f"{items[0].upper()!r:^12}|{items[-1][::-1]}")
print(f"{sum(x * x for x in range(10))}", f"{max(items, key=len)}", f"{2 ** 100}")
print(f"{ {'a': 1}['a'] }", f"{ {1, 2} == {2, 1} }")
x, y = 3, 4
print(f"{x}+{y}={x + y}", f"{x*y:=^9}", f"{(x, y)}", f"{x!r}{y!s}")
print(f"{3.0:g}{'%'}", f"{'tab'}\t|", f"\x41{x}\N{BULLET}")
print(f"""{'multi'
}""")
def f():
    return "called"
print(f"{f()} {f.__name__}", f"{None}", f"{...}")
width = 10
for i in range(3):
    print(f"{i:>{width - i}}|{'#' * i:<{width}}|")
