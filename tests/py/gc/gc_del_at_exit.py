# Objects with __del__ still alive when the program ends are finalized at
# exit, after the atexit functions, in the order CPython 3.11 tears
# __main__ down: globals in dict order, an instance at once with its
# attributes, lists, tuples and dicts after all globals (a list's and a
# tuple's items last first).  An object finalized earlier (and resurrected)
# is not finalized again.  (CPython's order also depends on the
# generations of its cycle collector: objects made after a gc.collect() go
# after those made before it, so this script collects before it makes the
# objects whose order it checks.)
import atexit
import gc


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


class L(list):
    def __del__(self):
        print("del list", len(self))


class W:
    pass


saved = []


class Phoenix:
    def __del__(self):
        print("phoenix finalized")
        saved.append(self)


def make_phoenix(_):
    Phoenix()
    return 0


list(map(make_phoenix, [0]))
[object() for _ in range(3)]
gc.collect()
print("saved", len(saved))


first = [A("l1")]
b = A("b")
a = A("a")
_p = A("_private")
objs = [A(1), A(2), A(3)]
t = (A("t1"), A("t2"))
d = {"x": A("dx"), "y": A("dy")}
holder = A("holder")
holder.child = A("child")
holder.kids = [A("k1"), A("k2")]
lst = L([1, 2])
w = W()
w.x = A("wx")
w2 = W()
w2.y = [A("w2y")]

class Noisy:
    def __del__(self):
        print("noisy")
        raise ValueError("ignored at exit")


noisy = Noisy()


@atexit.register
def bye():
    print("atexit runs first")


print("end of script")
