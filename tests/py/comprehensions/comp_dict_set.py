# dict and set comprehensions
words = ["apple", "bob", "kayak", "level", "python", "bob"]
print({w: len(w) for w in words})
print(sorted({w for w in words if w == w[::-1]}))
print({k: v for k, v in enumerate("abc") if k != 1})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print(sorted({x % 5 for x in range(100)}))
print({(a, b): a * b for a in range(2) for b in range(2)})
print({len(w) for w in words} == {3, 5, 6}, {c: words.count(c) for c in set(words) if words.count(c) > 1})
