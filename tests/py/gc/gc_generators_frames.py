# many short-lived generators and exceptions (frames and tracebacks)
def gen(n):
    for k in range(n):
        yield k
total = 0
for i in range(250_000):
    total += sum(gen(4))
print(total)
caught = 0
for i in range(250_000):
    try:
        raise ValueError(i)
    except ValueError as e:
        caught += e.args[0] % 7
print(caught)
def suspended(i):
    x = [i]
    yield x
    yield x
live = 0
for i in range(250_000):
    g = suspended(i)
    live += next(g)[0] % 3
print(live)
