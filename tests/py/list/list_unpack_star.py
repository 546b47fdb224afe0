# star unpacking in list displays
a = [1, 2]
b = (3, 4)
print([*a, *b], [*a, 0, *"xy", *range(2)], [*{}], [*{"k": 1}])
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
x, *y, z = [1, 2]
print(x, y, z)
print([*a] is a, [*a] == a)
