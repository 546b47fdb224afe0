# aliasing and mutation
row = [0] * 3
grid = [row] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
a = [1, 2, 3]
b = a
b += [4]
print(a, a is b)
b = b + [5]
print(a, b, a is b)
c = a
c *= 2
print(a)
lst = [1, 2, 3, 4, 5, 6]
for x in lst[:]:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
lst2 = [1, 2, 3]
for i, x in enumerate(lst2):
    if i < 5:
        lst2.append(x * 10)
print(lst2)
