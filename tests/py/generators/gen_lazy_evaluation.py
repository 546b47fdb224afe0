# laziness: side effects happen on demand
def noisy(n):
    for i in range(n):
        print("producing", i)
        yield i
g = noisy(3)
print("created")
for v in g:
    print("consuming", v)
    if v == 1:
        break
print("rest:", list(g))
m = map(lambda x: print("map", x) or x, [1, 2])
print("map created")
print(list(m))
f = filter(lambda x: print("filter", x) or x > 1, [1, 2, 3])
print(next(f))
z = zip(noisy(2), noisy(5))
print(list(z))
