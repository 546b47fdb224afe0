# many interleaved generators
def counter(start, step):
    n = start
    while True:
        yield n
        n += step
gens = [counter(i, i + 1) for i in range(50)]
total = 0
for round_ in range(200):
    for g in gens:
        total += next(g)
print(total)
def chain(*its):
    for it in its:
        yield from it
print(sum(chain(*(range(i) for i in range(200)))))
def tree(depth):
    if depth == 0:
        yield 1
        return
    yield from tree(depth - 1)
    yield from tree(depth - 1)
print(sum(tree(12)))
