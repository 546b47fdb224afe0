# interactions with for loops and next default
def g():
    yield 1
    yield 2
it = g()
for x in it:
    print("for", x)
print(next(it, "default"), next(it, None))
def nested():
    for a in g():
        for b in g():
            yield a * 10 + b
print(list(nested()))
gen = g()
print(list(zip(gen, gen)))
gen = g()
print(dict.fromkeys(gen), list(gen))
