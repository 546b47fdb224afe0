# builtins on tuples
t = (5, 3, 8, 1)
print(sorted(t), sum(t), min(t), max(t), len(t), list(reversed(t)), any(t), all(t))
print(tuple(sorted(t, reverse=True)), tuple(map(str, t)), tuple(zip(t, "abcd")))
print(tuple(x for x in t if x > 2), t.count(3), t.index(8))
print(divmod(7, 2), tuple(enumerate("ab")), dict([(1, 2), (3, 4)]))
