# A class given __del__ after its instances were made: CPython finalizes
# those instances too (the type's finalizer slot changes), and instances
# of subclasses that inherit it.  Each object is dropped, then collected,
# then a line is printed, so the output does not depend on when the
# finalizer runs (at once in CPython, at the collection here).
import gc

log = []


class Plain:
    def __init__(self, name):
        self.name = name


a = Plain("a")
Plain.__del__ = lambda self: log.append("del " + self.name)
del a
gc.collect()
print("plain:", log)
log.clear()


# Subclasses: one inherits the new __del__, one has its own already.
class Base:
    def __init__(self, name):
        self.name = name


class Inherits(Base):
    pass


class Own(Base):
    def __del__(self):
        log.append("own del " + self.name)


objs = [Base("b"), Inherits("i"), Own("o")]
Base.__del__ = lambda self: log.append("base del " + self.name)
del objs
gc.collect()
print("subclasses:", sorted(log))
log.clear()

# Set and removed again before the object dies: nothing runs.
class Gone:
    pass


g = Gone()
Gone.__del__ = lambda self: log.append("gone")
del Gone.__del__
del g
gc.collect()
print("removed again:", log)
log.clear()

# setattr() on a class with many instances, some of them in cycles.
class Many:
    def __init__(self, i):
        self.i = i
        self.me = self if i % 2 else None


many = [Many(i) for i in range(200)]
setattr(Many, "__del__", lambda self: log.append(self.i))
del many
gc.collect()
print("many:", len(log), sum(log))
log.clear()


# Instances of a built-in type's subclass, and of an exception class.
class L(list):
    pass


class E(Exception):
    pass


lst = L([1, 2, 3])
err = E("boom")
L.__del__ = lambda self: log.append("list " + str(sum(self)))
E.__del__ = lambda self: log.append("exc " + str(self.args[0]))
del lst, err
gc.collect()
print("builtin subclasses:", sorted(log))
log.clear()

# Assigned twice: each instance is finalized once, by the newer function.
class Twice:
    pass


t = Twice()
Twice.__del__ = lambda self: log.append("first")
Twice.__del__ = lambda self: log.append("second")
del t
gc.collect()
print("twice:", log)
log.clear()

# Made while the class had __del__, which was removed and given again:
# still finalized once (it was registered at creation and again).
class Again:
    pass


Again.__del__ = lambda self: log.append("first")
ag = Again()
del Again.__del__
Again.__del__ = lambda self: log.append("again")
del ag
gc.collect()
print("removed and given again:", log)
log.clear()

# Resurrected by the late __del__: it runs once only.
saved = []


class Phoenix:
    pass


p = Phoenix()
Phoenix.__del__ = lambda self: (log.append("phoenix"), saved.append(self))
del p
gc.collect()
saved.clear()
gc.collect()
print("resurrected:", log)
log.clear()


# Still alive at exit: finalized at shutdown, as CPython does.
class AtExit:
    pass


keep = AtExit()
AtExit.__del__ = lambda self: print("at exit: finalized")
print("end of script")
