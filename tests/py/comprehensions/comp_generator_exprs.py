# generator expressions as arguments
print(sum(x for x in range(101)), max(len(s) for s in ["a", "abc", "ab"]), min((x for x in [3, 1, 2]), default=None))
print(sorted((x for x in "cba"), reverse=True), tuple(i * i for i in range(4)), set(c for c in "aab") == {"a", "b"})
print(any(x > 3 for x in [1, 2, 5]), all(x for x in []), "".join(str(d) for d in range(5)))
print(dict((k, k ** 2) for k in range(3)), list(zip((a for a in "xy"), (b for b in range(5)))))
g = (x * 2 for x in range(3))
print(list(g), list(g))
print(sum(x * y for x in range(4) for y in range(x)))
