# Repr subclasses with repr_<type> methods, repr1, and recursive_repr.
import reprlib
import threading


class MyRepr(reprlib.Repr):
    def repr_str(self, x, level):
        return 'STR(%d)' % len(x)

    def repr_MyThing(self, x, level):
        return '<thing %s>' % self.repr1(x.payload, level - 1)

    def repr_function(self, x, level):
        return 'fn:' + x.__name__


class MyThing:
    def __init__(self, payload):
        self.payload = payload


def sample():
    pass

m = MyRepr()
print(m.repr('hello'), m.repr(['a', 'bb', ['ccc']]), m.repr({'k': 'v'}))
print(m.repr(MyThing([1, 2, MyThing('x')])), m.repr(sample), m.repr([sample, len]))
print(m.repr1([1, [2, [3]]], 1), m.repr1([1, [2, [3]]], 0), m.repr1([], 0), m.repr1({}, 0), m.repr1({1: 1}, 0))
print(m.repr1((), 0), m.repr1((1,), 0), m.repr1(set(), 0), m.repr1({1}, 0), m.repr1('s', 0))
m.maxlevel = 1
print(m.repr([[1], (2,), {3: 4}, {5}, frozenset({6})]))
print(m._repr_iterable([1, 2, 3], 3, '<', '>', 2), m._repr_iterable([1], 3, '<', '>', 2, ';'))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%s, %r)' % (self.name, self.children)


a = Node('a')
b = Node('b')
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a))
print(repr(b))
print(repr([a, b]))


class Other:
    def __init__(self):
        self.items = [self]

    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        """Docstring kept."""
        return 'Other(%r)' % self.items

o = Other()
print(repr(o), repr([o, o]))
print(Other.__repr__.__name__, Other.__repr__.__qualname__, Other.__repr__.__doc__,
      Other.__repr__.__module__, Other.__repr__.__annotations__)


def annotated(self) -> str:
    return 'A'
w = reprlib.recursive_repr()(annotated)
print(w.__name__, w.__annotations__, w(None))


class Raises:
    @reprlib.recursive_repr()
    def __repr__(self):
        raise RuntimeError('boom')

x = Raises()
for _ in range(2):
    try:
        repr(x)
    except RuntimeError as e:
        print(type(e).__name__, e)

# Each thread has its own recursion guard.
results = []
class Slow:
    @reprlib.recursive_repr()
    def __repr__(self):
        if threading.current_thread() is threading.main_thread():
            t = threading.Thread(target=lambda: results.append(repr(self)))
            t.start()
            t.join()
            return 'main'
        return 'thread'

print(repr(Slow()), results)
