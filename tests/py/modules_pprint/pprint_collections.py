# collections types: OrderedDict, defaultdict, Counter, ChainMap, deque, User*.
import pprint
import collections
import dataclasses
import types

od = collections.OrderedDict((k, list(range(i))) for i, k in enumerate('zyxwvu'))
print(pprint.pformat(od))
print(pprint.pformat(od, width=20))
print(pprint.pformat(collections.OrderedDict(), width=1))
print(pprint.pformat(collections.OrderedDict(a=1), width=1))

dd = collections.defaultdict(list)
for i in range(10):
    dd['key%d' % (i % 4)].append(i * 100)
print(pprint.pformat(dd))
print(pprint.pformat(dd, width=30))
print(pprint.pformat(collections.defaultdict(int), width=1))
print(pprint.pformat(collections.defaultdict(None, {'a': 1}), width=1))

c = collections.Counter('abracadabra simsalabim')
print(pprint.pformat(c))
print(pprint.pformat(c, width=30))
print(pprint.pformat(collections.Counter(), width=1))
print(pprint.pformat(collections.Counter({'x': 3}), width=1))

cm = collections.ChainMap({'a': 1, 'b': list(range(10))}, {'c': 3}, {'d': 'four' * 5})
print(pprint.pformat(cm))
print(pprint.pformat(cm, width=30))
print(pprint.pformat(collections.ChainMap(), width=1))
print(pprint.pformat(collections.ChainMap({}), width=1))
print(pprint.pformat(collections.ChainMap({}, {}), width=1))

dq = collections.deque(range(30))
print(pprint.pformat(dq))
print(pprint.pformat(dq, width=30))
print(pprint.pformat(collections.deque(range(30), maxlen=40), width=30))
print(pprint.pformat(collections.deque(range(5), maxlen=5), width=1))
print(pprint.pformat(collections.deque(), width=1))
print(pprint.pformat(collections.deque(maxlen=3), width=1))

ud = collections.UserDict({'a': list(range(20)), 'b': 2})
print(pprint.pformat(ud, width=30))
ul = collections.UserList(range(30))
print(pprint.pformat(ul, width=30))
us = collections.UserString('hello world ' * 10)
print(pprint.pformat(us, width=30))
print(pprint.pformat([us], width=30))

