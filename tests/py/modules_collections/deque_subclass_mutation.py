# deque subclasses, mutation during iteration and during __eq__, repr recursion.
from collections import deque
import collections.abc


class D(deque):
    def __init__(self, items=(), tag="t"):
        super().__init__(items, 4)
        self.tag = tag

    def total(self):
        return sum(self)


d = D([1, 2, 3], tag="x")
d.extra = 5
print(d, d.tag, d.extra, d.total(), d.maxlen, isinstance(d, deque), type(d).__name__)
d.append(4); d.append(5)
print(d, len(d), d[0])
c = d.copy()
print(type(c).__name__, c, c.tag)
print(type(d + deque([9])).__name__, d == deque([2, 3, 4, 5]))
print(D.__mro__[1] is deque, issubclass(D, collections.abc.MutableSequence))
print(isinstance(deque(), collections.abc.Sequence))


class Plain(deque):
    pass


p = Plain("ab")
print(p, repr(Plain()), p.__reduce__()[:3])
p.x = 1
print(p.__reduce__()[2])


class Named(deque):
    def __repr__(self):
        return "Named!"


print(Named([1]), [Named()])

print("mutation during iteration")


def run(name, op):
    d = deque([1, 2, 3, 4])
    it = iter(d)
    next(it)
    op(d)
    try:
        print(name, next(it))
    except RuntimeError as e:
        print(name, "RuntimeError", e)


run("append", lambda d: d.append(5))
run("appendleft", lambda d: d.appendleft(5))
run("pop", lambda d: d.pop())
run("popleft", lambda d: d.popleft())
run("rotate", lambda d: d.rotate(1))
run("reverse", lambda d: d.reverse())
run("setitem", lambda d: d.__setitem__(0, 9))
run("delitem", lambda d: d.__delitem__(0))
run("insert", lambda d: d.insert(0, 5))
run("remove", lambda d: d.remove(2))
run("extend", lambda d: d.extend([1]))
run("extend-empty", lambda d: d.extend([]))
run("clear", lambda d: d.clear())
run("iadd", lambda d: d.__iadd__([1]))
run("imul", lambda d: d.__imul__(2))
d = deque([1, 2], maxlen=2)
it = reversed(d)
d.append(3)
try:
    next(it)
except RuntimeError as e:
    print("reversed", e)
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("for loop", e)


class Evil:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append(0)
        return False


for meth in ("count", "index", "remove", "__contains__"):
    d = deque([1, 2, 3])
    d.append(Evil(d))
    d.append(4)
    try:
        getattr(d, meth)(4)
        print(meth, "no error")
    except (RuntimeError, IndexError) as e:
        print(meth, type(e).__name__, e)


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v


d = deque([Eq(1), Eq(2), Eq(1)])
print(d.count(Eq(1)), d.index(Eq(2)), Eq(2) in d, Eq(3) in d)
d.remove(Eq(1))
print([x.v for x in d])
print(deque([Eq(1)]) == deque([Eq(1)]), deque([Eq(1)]) == deque([Eq(2)]))

print("repr recursion")
d = deque()
d.append(d)
print(d)
a, b = deque([1]), deque([2])
a.append(b)
b.append(a)
print(a, b)
l = [deque()]
l[0].append(l)
print(l)
s = D()
s.append(s)
print(s)
