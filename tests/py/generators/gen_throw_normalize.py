# generator.throw(type, value) normalises the exception as CPython does.
def gen():
    while True:
        try:
            yield 1
        except BaseException as e:
            print(type(e).__name__, e.args)
            if type(e) is GeneratorExit and not e.args:
                return

g = gen()
next(g)
g.throw(ValueError)
g.throw(ValueError, 5)
g.throw(ValueError, (1, 2))
g.throw(ValueError, ValueError("same"))
g.throw(ValueError, None)
g.throw(Exception, KeyError("sub"))
g.throw(GeneratorExit, GeneratorExit(123))
g.throw(KeyError("inst"))
try:
    g.throw(KeyError("inst"), 5)
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw(5)
except TypeError as e:
    print("TypeError:", e)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
