# larger comprehensions
squares = [i * i for i in range(100000)]
print(len(squares), squares[-1], sum(squares) % 1000007)
evens = {i for i in range(0, 100000, 2)}
print(len(evens), 99998 in evens, 99999 in evens)
idx = {i: str(i) for i in range(50000)}
print(len(idx), idx[49999])
table = [[r * c for c in range(100)] for r in range(100)]
print(sum(sum(row) for row in table))
