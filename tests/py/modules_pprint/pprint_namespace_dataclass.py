# SimpleNamespace, mappingproxy and dataclasses.
import pprint
import dataclasses
import types

ns = types.SimpleNamespace(name='test', values=list(range(20)), nested=types.SimpleNamespace(a=1, b='two' * 10))
print(pprint.pformat(ns))
print(pprint.pformat(ns, width=30))
print(pprint.pformat(types.SimpleNamespace(), width=1))
class MyNS(types.SimpleNamespace):
    pass
print(pprint.pformat(MyNS(a=list(range(20)), b=1), width=30))

mp = types.MappingProxyType({'a': list(range(20)), 'b': 'text'})
print(pprint.pformat(mp, width=30))


@dataclasses.dataclass
class Point:
    x: int
    y: int
    label: str = 'origin'
    tags: list = dataclasses.field(default_factory=list)
    hidden: int = dataclasses.field(default=0, repr=False)

p = Point(1, 2, 'a point with a long label', list(range(15)))
print(pprint.pformat(p))
print(pprint.pformat(p, width=30))
print(pprint.pformat([p, Point(0, 0)], width=40))

@dataclasses.dataclass
class Tree:
    value: int
    children: list

t = Tree(1, [Tree(2, []), Tree(3, [Tree(4, [])]), Tree(5, list(range(10)))])
print(pprint.pformat(t, width=40))

@dataclasses.dataclass(repr=False)
class NoRepr:
    a: int
    def __repr__(self):
        return 'NoRepr(' + 'x' * 100 + ')'
print(pprint.pformat(NoRepr(1), width=20))

@dataclasses.dataclass
class OwnRepr:
    a: int
    def __repr__(self):
        return 'OwnRepr<' + 'y' * 90 + '>'
print(pprint.pformat(OwnRepr(1), width=20))

@dataclasses.dataclass
class Empty:
    pass
print(pprint.pformat(Empty(), width=1))
print(pprint.pformat(Point, width=1))
