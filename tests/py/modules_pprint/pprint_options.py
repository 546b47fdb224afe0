# indent and depth.
import io
import pprint

data = {'list': list(range(25)), 'nested': {'a': [1, [2, [3, [4, [5]]]]], 'b': (1, 2)},
        'set': set(range(12)), 'str': 'some words ' * 6, 'num': 12345678901234567890}
for indent in (0, 2, 4):
    print('indent', indent)
    print(pprint.pformat(data, indent=indent, width=40))
for depth in (1, 2, 3):
    print('depth', depth)
    print(pprint.pformat(data, depth=depth))
    print(pprint.pformat(data, depth=depth, width=30))
print(pprint.pformat([[[]], [[1]], ((),), ((1,),), [{}], [{1: 2}]], depth=1))
print(pprint.pformat([[[]], [[1]], ((),), ((1,),), [{}], [{1: 2}]], depth=2))
print(pprint.pformat((1,), depth=1), pprint.pformat([(1,)], depth=1))

