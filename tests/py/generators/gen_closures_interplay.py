# generators that close over variables
def make_gen():
    n = 0
    def gen():
        nonlocal n
        while n < 3:
            n += 1
            yield n
    return gen, lambda: n
gen, get = make_gen()
g1 = gen()
print(next(g1), get())
g2 = gen()
print(next(g2), get(), list(g1), get())
def counter():
    count = 0
    while True:
        cmd = yield count
        if cmd == "inc":
            count += 1
        elif cmd == "reset":
            count = 0
c = counter()
next(c)
print([c.send(x) for x in ["inc", "inc", None, "reset", "inc"]])
