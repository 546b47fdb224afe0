# assignment expressions
data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print("long list", n)
items = iter(["a", "b", "", "c"])
while (item := next(items)):
    print("item", item)
print((y := 10) + y, y)
def f(x):
    return (r := x * 2), r + 1
print(f(4))
print([z := 5, z * 2])
vals = {"k": 1}
if (v := vals.get("k")) is not None:
    print("found", v)
print(n, v)
