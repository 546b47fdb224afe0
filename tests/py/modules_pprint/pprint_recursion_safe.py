# Recursive structures, saferepr, isreadable, isrecursive, format().
import pprint
import re
import types
import collections


def shape(s):
    # Hide object ids: recursion markers contain them.
    return re.sub(r'id=\d+', 'id=N', s)

lst = [1, 2]
lst.append(lst)
d = {'a': 1}
d['self'] = d
d['list'] = lst
t = (lst, d)
print(shape(pprint.saferepr(lst)))
print(shape(pprint.saferepr(d)))
print(shape(pprint.saferepr(t)))
print(shape(pprint.pformat(lst)))
print(shape(pprint.pformat(d)))
print(shape(pprint.pformat(d, width=20)))
print(shape(pprint.pformat(t, width=20)))
print(shape(pprint.pformat([lst, lst], width=20)))
print(pprint.isrecursive(lst), pprint.isrecursive(d), pprint.isrecursive(t))
print(pprint.isreadable(lst), pprint.isreadable(d), pprint.isreadable(t))

shared = [1, 2]
print(pprint.pformat([shared, shared, {'x': shared}]))
print(pprint.isrecursive([shared, shared]), pprint.isreadable([shared, shared]))

ns = types.SimpleNamespace(a=1, b='x' * 60)
ns.me = ns
print(shape(pprint.pformat(ns, width=30)))
od = collections.OrderedDict(a=list(range(30)))
od['me'] = od
print(shape(pprint.pformat(od, width=40)))

for obj in [1, 1.5, 'text', b'bytes', bytearray(b'ba'), None, True, 3j,
            [1, 2], (1,), (), {}, {1: 'a'}, {1, 2}, frozenset(), len, object(),
            [len], {'k': object}, (1, [2, {3: (4,)}]), range(3),
            collections.OrderedDict(a=1), types.SimpleNamespace(x=1)]:
    r = pprint.saferepr(obj)
    if ' at 0x' in r:
        r = r[:r.index(' at 0x')] + '>'
    print(r, pprint.isreadable(obj), pprint.isrecursive(obj))

p = pprint.PrettyPrinter()
print(p.isreadable([1, 2]), p.isreadable([object]), p.isrecursive(lst), p.isreadable(lst))
print(p.format([1, {'a': 2}], {}, 0, 0))
print(p.format([1, [2, [3]]], {}, 2, 0))
print(p.format({'a': {'b': {}}}, {}, 1, 0))
print(p.format({'a': {'b': {}}}, {}, 2, 0))
print(pprint.PrettyPrinter(depth=1).isreadable([[1]]))
print(pprint.saferepr({'b': 1, 'a': 2, 'c': [3, 2, 1]}))
print(pprint.saferepr(list(range(100))))
print(pprint.saferepr({2: 'b', 1: 'a', 'x': 0, (1,): None}))
print(pprint.pformat({2: 'b', 1: 'a', 'x': 0, (1,): None, None: 5, 2.5: 'f'}))
print(pprint.pformat({1, 'a', 2, 'b', (3,), 0.5}, width=1))
print(pprint.pformat({'x': 1, 2: 'y', None: 0}, width=1))
print(pprint.pformat(sorted(['b', 'a'])))


class Upper(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, str):
            return repr(obj.upper()), True, False
        return super().format(obj, context, maxlevels, level)

print(Upper(width=20).pformat({'key': ['value', 'other', 'third', 'fourth']}))
print(Upper().pformat(['a', ('b', 'c')]))


class Unreadable:
    def __repr__(self):
        return '<Unreadable>'

print(pprint.isreadable([Unreadable()]), pprint.saferepr([Unreadable()] * 2))
print(pprint.pformat({'u': Unreadable(), 'v': [Unreadable()] * 10}, width=30))
print(pprint.saferepr(pprint.PrettyPrinter) , pprint.isreadable(pprint.PrettyPrinter))
