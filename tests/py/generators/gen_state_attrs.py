# generator state and attributes
def g():
    yield 1
    yield 2
gen = g()
print(gen.gi_running, gen.gi_frame is not None, gen.__name__, gen.__qualname__)
next(gen)
list(gen)
print(gen.gi_frame)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(iter(gen) is gen, hasattr(gen, "__next__"), hasattr(gen, "send"))
def gen_ex():
    yield 1
ge = (x for x in [1])
print(type(ge).__name__, ge.__name__)
