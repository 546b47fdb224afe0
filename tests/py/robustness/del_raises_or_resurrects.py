# __del__ that raises (the exception is reported on stderr as "Exception
# ignored in: ..." and the program goes on) or resurrects its object (it
# runs once only, PEP 442).  The objects are in reference cycles, so CPython
# and Taipan both finalize them at gc.collect(); only stdout is compared.
import gc


def churn():
    # Overwrites stale native stack words (Taipan scans stacks conservatively).
    return [object() for _ in range(3)]


class Cycle:
    def __init__(self, name):
        self.name = name
        self.me = self


log = []


class Raises(Cycle):
    def __del__(self):
        log.append("del " + self.name)
        raise ValueError("from __del__")


x = Raises("r1")
x = None
churn()
gc.collect()
print("after raising __del__:", log)

saved = []


class Resurrects(Cycle):
    def __del__(self):
        log.append("del " + self.name)
        saved.append(self)


log.clear()
y = Resurrects("z1")
y = None
churn()
gc.collect()
print("resurrected:", log, [o.name for o in saved])
saved[0].name = "z1 again"
saved.clear()
churn()
gc.collect()
print("second collection runs no __del__:", log)


class RaisesBaseException(Cycle):
    def __del__(self):
        log.append("del " + self.name)
        raise SystemExit(3)


log.clear()
z = RaisesBaseException("s1")
z = None
churn()
gc.collect()
print("SystemExit in __del__ is ignored too:", log)


class DelRecurses(Cycle):
    def __del__(self):
        def down(n):
            return down(n + 1)

        try:
            down(0)
        except RecursionError as e:
            log.append(type(e).__name__)


log.clear()
w = DelRecurses("d1")
w = None
churn()
gc.collect()
print("recursion inside __del__:", log)
print("still running")
