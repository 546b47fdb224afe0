# send() into generators
def echo():
    received = None
    while True:
        received = yield f"got {received!r}"
        if received == "stop":
            return "stopped"
g = echo()
print(next(g))
print(g.send(1))
print(g.send("hello"))
try:
    g.send("stop")
except StopIteration as e:
    print("return value:", e.value)
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in (10, 20, 60)])
g2 = echo()
try:
    g2.send(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(g2.send(None))
def first_yield_value():
    x = yield
    print("x =", x)
    y = yield x * 2
    print("y =", y)
f = first_yield_value()
print(f.send(None), f.send(21))
try:
    f.send("last")
except StopIteration:
    print("done")
