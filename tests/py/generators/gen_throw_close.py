# throw() and close()
def worker():
    try:
        while True:
            try:
                v = yield "ready"
                print("processing", v)
            except ValueError as e:
                print("handled in gen:", e)
                yield "recovered"
    finally:
        print("worker cleanup")
w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad input")))
print(next(w))
w.close()
print("closed")
w.close()
try:
    next(w)
except StopIteration:
    print("closed generator raises StopIteration")
def no_handler():
    yield 1
    yield 2
g = no_handler()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(g))
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
ig = ignore_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
r = returns_on_close()
next(r)
r.close()
unstarted = no_handler()
unstarted.close()
print(list(unstarted))
g3 = no_handler()
try:
    g3.throw(ValueError("before start"))
except ValueError as e:
    print("thrown into unstarted:", e)
print(list(g3))
g4 = no_handler()
try:
    g4.throw(TypeError)
except TypeError as e:
    print("class throw", repr(e))
