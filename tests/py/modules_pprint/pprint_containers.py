# pprint of dicts, lists, tuples, sets and frozensets at various widths.
import pprint

data = {
    'alpha': [1, 2, 3, {'x': 10, 'y': [20, 30, 40]}],
    'beta': (4, 5, 6, 'seven', 'eight'),
    'gamma': {'nested': {'deeper': {'deepest': list(range(12))}}},
    'delta': set(range(8)),
    'eps': frozenset({'a'}),
    3: None, 2.5: True,
}
for width in (1, 30, 80):
    print('width', width)
    print(pprint.pformat(data, width=width))

print(pprint.pformat(list(range(40))))
print(pprint.pformat(list(range(40)), width=30))
print(pprint.pformat(tuple(range(30)), width=30))
print(pprint.pformat((1,), width=1))
print(pprint.pformat(([1, 2],), width=5))
print(pprint.pformat([(), [], {}, set(), frozenset()], width=1))
print(pprint.pformat({'a': {}, 'b': [], 'c': ()}, width=1))
print(pprint.pformat(set(range(30)), width=20))
print(pprint.pformat(frozenset(range(30)), width=20))
print(pprint.pformat([set(range(5)), frozenset(range(5))], width=15))
print(pprint.pformat({i: i * i for i in range(30)}, width=40))
print(pprint.pformat({'k%d' % i: list(range(i)) for i in range(8)}, width=25))
print(pprint.pformat([[[[[1, 2, 3]]]]], width=8))
print(pprint.pformat({'key': {'key2': {'key3': 'value'}}}, width=10))
print(pprint.pformat([1, 'two', 3.0, None, True, 4j, b'five'], width=12))
print(pprint.pformat([-1, -2.5, 10**30, -(10**25)], width=20))

