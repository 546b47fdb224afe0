# sort_dicts and container subclasses with or without their own __repr__.
import pprint

# sort_dicts
d = {'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}
print(pprint.pformat(d, width=10))
print(pprint.pformat(d, width=10, sort_dicts=False))
print(pprint.pformat(d, sort_dicts=False))
# mixed unorderable keys of one type each are fine when orderable
print(pprint.pformat({1: 'a', 2: 'b', 0: 'c'}))
print(pprint.pformat({(1, 2): 'a', (0, 5): 'b'}))

# subclasses without their own repr use the container layout
class MyDict(dict):
    pass
class MyList(list):
    pass
class MyTuple(tuple):
    pass
class MySet(set):
    pass
class MyFrozen(frozenset):
    pass
print(pprint.pformat(MyDict(a=list(range(20)), b=2), width=30))
print(pprint.pformat(MyList(range(30)), width=30))
print(pprint.pformat(MyTuple(range(30)), width=30))
print(pprint.pformat(MySet(range(10)), width=20))
print(pprint.pformat(MyFrozen(range(10)), width=20))

# a subclass with its own repr is printed with it
class Custom(list):
    def __repr__(self):
        return 'Custom(%d items)' % len(self)
print(pprint.pformat([Custom(range(100))] * 3, width=20))
