# Exceptions raised by __hash__/__eq__ during dict and set insert, lookup
# and delete propagate unchanged and leave the container usable; __eq__
# that mutates the dict, set, list or deque it is compared in.
def attempt(name, fn):
    try:
        r = fn()
        print(name, "ok", r)
    except Exception as e:
        print(name, type(e).__name__, e)

class BadHash:
    def __hash__(self): raise ValueError("no hash")
class BadEq:
    def __init__(self, h=1): self.h = h
    def __hash__(self): return self.h
    def __eq__(self, o): raise KeyError("eq failed")
d = {BadEq(): 1}
s = {BadEq()}
attempt("dict set badhash", lambda: {BadHash(): 1})
attempt("dict get badhash", lambda: {}.get(BadHash()))
attempt("dict in badhash", lambda: BadHash() in {})
attempt("dict del badhash", lambda: d.__delitem__(BadHash()))
attempt("dict pop badhash", lambda: d.pop(BadHash(), 0))
attempt("set add badhash", lambda: set().add(BadHash()))
attempt("set in badhash", lambda: BadHash() in set())
attempt("set discard badhash", lambda: set().discard(BadHash()))
attempt("frozenset badhash", lambda: frozenset([BadHash()]))
attempt("dict insert badeq", lambda: d.__setitem__(BadEq(), 2))
attempt("dict lookup badeq", lambda: d[BadEq()])
attempt("dict get badeq", lambda: d.get(BadEq()))
attempt("dict in badeq", lambda: BadEq() in d)
attempt("dict del badeq", lambda: d.__delitem__(BadEq()))
attempt("dict pop badeq", lambda: d.pop(BadEq()))
attempt("dict setdefault badeq", lambda: d.setdefault(BadEq(), 3))
attempt("set add badeq", lambda: s.add(BadEq()))
attempt("set in badeq", lambda: BadEq() in s)
attempt("set remove badeq", lambda: s.remove(BadEq()))
attempt("set discard badeq", lambda: s.discard(BadEq()))
attempt("dict ok after", lambda: (len(d), len(s)))
attempt("dict fromkeys", lambda: dict.fromkeys([1, BadHash()]))
attempt("dict update", lambda: {}.update([(BadHash(), 1)]))
attempt("set union", lambda: {1} | {BadHash()})
attempt("set eq", lambda: {BadEq()} == {BadEq()})
attempt("dict eq", lambda: {BadEq(): 1} == {BadEq(): 1})
attempt("badhash in list", lambda: BadHash() in [1, 2])
attempt("hash returns str", lambda: hash(type("H", (), {"__hash__": lambda self: "x"})()))
attempt("hash returns big", lambda: hash(type("H", (), {"__hash__": lambda self: 2**100})()) == hash(2**100))
# __eq__ that mutates the dict being looked up
class Mut:
    def __init__(self, d, h=7): self.d = d; self.h = h
    def __repr__(self): return type(self).__name__
    def __hash__(self): return self.h
    def __eq__(self, o):
        self.d.clear()
        return False
dd = {}
dd[Mut(dd)] = 1
attempt("lookup mutating eq", lambda: dd[Mut(dd)])
print(len(dd))
dd2 = {}
dd2[Mut(dd2)] = 1
attempt("insert mutating eq", lambda: dd2.__setitem__(Mut(dd2), 2))
print(len(dd2))
class Grow:
    def __init__(self, d, h=7): self.d = d; self.h = h
    def __repr__(self): return type(self).__name__
    def __hash__(self): return self.h
    def __eq__(self, o):
        for i in range(100): self.d[i + 1000] = i
        return False
dg = {}
dg[Grow(dg)] = 1
attempt("lookup growing eq", lambda: Grow(dg) in dg)
print(len(dg))
ss = set()
class MutS:
    def __hash__(self): return 7
    def __eq__(self, o):
        ss.clear(); return False
ss.add(MutS())
attempt("set mutating eq", lambda: MutS() in ss)
print(len(ss))

# list methods with mutating __eq__
class ListMut:
    def __init__(self, l): self.l = l
    def __repr__(self): return type(self).__name__
    def __eq__(self, o):
        self.l.clear()
        return False
l = [1, 2, 3]
attempt("list.remove", lambda: l.remove(ListMut(l)))
l = [1, 2, 3]
attempt("list.index", lambda: l.index(ListMut(l)))
l = [1, 2, 3]
attempt("list.count", lambda: l.count(ListMut(l)))
l = [1, 2, 3]
attempt("list in", lambda: ListMut(l) in l)
l = [1, 2, 3]
class ListGrow:
    def __init__(self, l): self.l = l
    def __repr__(self): return type(self).__name__
    def __eq__(self, o):
        if len(self.l) < 50: self.l.append(0)
        return False
attempt("list.count grow", lambda: l.count(ListGrow(l)))
print(len(l))
l = [1, 2, 3]
attempt("list eq mutate", lambda: l == [ListMut(l), 2, 3])
l = [ListMut(None)] * 3
for x in l: x.l = l
attempt("list eq mutate2", lambda: l == [1, 2, 3])
l = [1, 2, 3]
attempt("tuple in", lambda: ListMut(l) in tuple(l))
from collections import deque
dq = deque([1, 2, 3])
attempt("deque.remove", lambda: dq.remove(ListMut(dq)))
dq = deque([1, 2, 3])
attempt("deque.count", lambda: dq.count(ListMut(dq)))
dq = deque([1, 2, 3])
attempt("deque in", lambda: ListMut(dq) in dq)
