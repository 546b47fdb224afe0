# list comprehensions
print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[y for y in range(x)] for x in range(4)])
print([c.upper() for c in "hello" if c not in "l"])
print([x if x % 2 else -x for x in range(6)])
print([len(w) for w in "a bb ccc".split()], [f"{k}={v}" for k, v in {"a": 1, "b": 2}.items()])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row])
print([i for i in []], [None for _ in range(2)])
