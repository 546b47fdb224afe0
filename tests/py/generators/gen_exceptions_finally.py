# exceptions inside generators and finally blocks
def gen():
    try:
        yield 1
        raise ValueError("inside gen")
    finally:
        print("gen finally")
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(list(g))
def gen2():
    for i in range(3):
        try:
            yield i
        finally:
            print("cleanup", i)
for x in gen2():
    print("item", x)
def gen3():
    try:
        yield "a"
    except Exception as e:
        print("never")
    yield "b"
def consume_with_break():
    g = gen2()
    for x in g:
        if x == 1:
            break
    print("broke out")
    g.close()
    print("after close")
consume_with_break()
def gen_raise_in_finally():
    try:
        yield 1
    finally:
        raise RuntimeError("finally raised")
g4 = gen_raise_in_finally()
next(g4)
try:
    g4.close()
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
def gen_return_in_finally():
    try:
        yield 1
        yield 2
    finally:
        return "from finally"
g5 = gen_return_in_finally()
next(g5)
try:
    g5.throw(ValueError("swallowed"))
except StopIteration as e:
    print("StopIteration value:", e.value)
