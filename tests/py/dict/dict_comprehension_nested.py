# dict comprehensions and nested dicts
squares = {x: x * x for x in range(6)}
print(squares)
inv = {v: k for k, v in squares.items() if v % 2 == 0}
print(inv)
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
lens = {w: len(w) for w in words}
print(max(lens, key=lens.get), min(lens.values()), sorted(lens, key=lambda k: (-lens[k], k)))
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].get("c"))
matrix = {(i, j): i * j for i in range(3) for j in range(3) if i != j}
print(matrix)
print({k: v for k, v in zip("abc", [1, 2, 3])}, {x % 3: x for x in range(10)})
