# compact=True layouts.
import pprint

for width in (10, 20, 40):
    print('compact', width)
    print(pprint.pformat(list(range(60)), compact=True, width=width))
    print(pprint.pformat([list(range(8)), 'abc' * 5, list(range(3)), (4, 5)] * 3, compact=True, width=width))
    print(pprint.pformat(set(range(30)), compact=True, width=width))
    print(pprint.pformat(tuple(range(25)), compact=True, width=width, indent=3))
print(pprint.pformat([['a' * 30] * 3, 'b'], compact=True, width=40))

