# set comprehensions
sq = {x * x for x in range(-5, 6)}
print(sorted(sq), len(sq))
words = ["Apple", "apple", "APPLE", "Banana", "banana"]
print(sorted({w.lower() for w in words}))
print(sorted({(x, y) for x in range(3) for y in range(x)}))
print({c for c in ""}, sorted({len(w) for w in words}))
uniq = []
seen = set()
for x in [3, 1, 3, 2, 1, 5]:
    if x not in seen:
        seen.add(x)
        uniq.append(x)
print(uniq)
