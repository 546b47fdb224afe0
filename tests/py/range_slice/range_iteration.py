# iterating ranges
total = 0
for i in range(1, 101):
    total += i
print(total)
for i in range(3, -4, -2):
    print(i, end=" ")
print()
it = iter(range(3))
print(next(it), next(it), next(it), next(it, None))
print(list(enumerate(range(10, 13))), list(zip(range(3), range(10, 100, 10))))
print(sum(range(0, 10 ** 6, 7)), max(range(-5, 5)), min(range(5, 0, -1)))
print(type(iter(range(3))).__name__, list(map(lambda x: x * 2, range(4))))
print([i for i in range(10) if i % 3 == 0], list(range(0)) == [])
