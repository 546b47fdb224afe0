# nested loops and conditions in comprehensions
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
print([(i, j) for i in range(4) if i % 2 == 0 for j in range(i) if j])
grid = ["#.#", "...", "##."]
print([(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "#"])
print([w.upper() if len(w) > 2 else w for w in "a bb ccc dddd".split() if w != "bb"])
