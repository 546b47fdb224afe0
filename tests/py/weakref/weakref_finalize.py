# weakref.finalize: runs once, when the object dies or when called; detach,
# peek, alive, atexit (pending finalizers with atexit=True run at exit,
# newest first).
import gc
import weakref


class Res:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __repr__(self):
        return "Res(%s)" % self.name


def report(*args, **kw):
    print("finalized", args, sorted(kw.items()))
    return "result"


a = Res("a")
fa = weakref.finalize(a, report, "a", 1, key="v")
print(fa.alive, fa.atexit, fa.peek() == (a, report, ("a", 1), {"key": "v"}))
print(repr(fa).startswith("<finalize object at 0x"), "for 'Res' at 0x" in repr(fa))
a = None
gc.collect()
print(fa.alive, fa.peek(), fa(), fa.detach())
print(repr(fa).endswith("; dead>"))

# called directly: runs once and returns the result
b = Res("b")
fb = weakref.finalize(b, report, "b")
print(fb(), fb.alive, fb())
b = None
gc.collect()
print("after b collected")

# detach: never runs
c = Res("c")
fc = weakref.finalize(c, report, "c")
det = fc.detach()
print(det[0] is c, det[1] is report, det[2:], fc.alive, fc.detach(), fc.peek())
det = None
c = None
gc.collect()
print("after c collected")

# several finalizers on one object
d = Res("d")
f1 = weakref.finalize(d, report, "d1")
f2 = weakref.finalize(d, report, "d2")
f2.atexit = False
print(f1.atexit, f2.atexit)
f1()
d = None
gc.collect()
print(f1.alive, f2.alive)

# at exit: pending finalizers run newest first, unless atexit is False
keep = [Res("x"), Res("y"), Res("z")]
fx = weakref.finalize(keep[0], report, "exit-x")
fy = weakref.finalize(keep[1], report, "exit-y")
fz = weakref.finalize(keep[2], report, "exit-z")
fy.atexit = False
print(fx.atexit, fy.atexit, fz.atexit)
print("end of script")


# an exception in a finalizer run at exit is reported; the others still run
def boom():
    raise ValueError("boom")


keep.append(Res("w"))
fw = weakref.finalize(keep[-1], boom)
keep.append(Res("v"))
fv = weakref.finalize(keep[-1], report, "exit-v")
