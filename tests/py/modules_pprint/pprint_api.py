# underscore_numbers, streams, pp, PrettyPrinter methods and argument errors.
import io
import pprint

data = {'list': list(range(25)), 'nested': {'a': [1, [2, [3, [4, [5]]]]], 'b': (1, 2)},
        'set': set(range(12)), 'str': 'some words ' * 6, 'num': 12345678901234567890}
nums = [10 ** i for i in range(0, 25, 3)] + [-1234567, 0, True, 1.5e10]
print(pprint.pformat(nums, underscore_numbers=True))
print(pprint.pformat(nums, underscore_numbers=True, width=20))
print(pprint.pformat({'n': 1234567}, underscore_numbers=True))
class MyInt(int):
    pass
class ReprInt(int):
    def __repr__(self):
        return 'ReprInt()'
print(pprint.pformat([MyInt(1234567), ReprInt(1234567)], underscore_numbers=True))
print(pprint.pformat([MyInt(1234567), ReprInt(1234567)]))

s = io.StringIO()
pprint.pprint(data, s, 2, 50)
print(s.getvalue(), end='')
s = io.StringIO()
pprint.pprint({'b': 1, 'a': 2}, stream=s)
pprint.pp({'b': 1, 'a': 2}, stream=s)
pprint.pp({'b': 1, 'a': 2}, s, sort_dicts=True)
pprint.pp({'b': list(range(30)), 'a': 2}, s, 1, 30)
print(s.getvalue(), end='')
pprint.pprint(list(range(30)), width=30)
pprint.pp({'z': 1, 'y': 2, 'x': [3] * 30})
pprint.pprint('short')
pprint.pprint(None)

printer = pprint.PrettyPrinter(indent=2, width=30, depth=3, compact=True)
printer.pprint(data)
print(printer.pformat([[[[1]]]]))
printer = pprint.PrettyPrinter(stream=io.StringIO())
printer.pprint([1, 2])
print(repr(printer._stream.getvalue()))
print(pprint.PrettyPrinter(width=2.9).pformat([1, 2]))
print(pprint.PrettyPrinter(indent=2.9).pformat([[1, 2] * 20]))
print(pprint.PrettyPrinter(width=-5).pformat([1, 2, 'a b']))

for kwargs in [dict(indent=-1), dict(depth=0), dict(depth=-3), dict(width=0),
               dict(indent='x'), dict(width='y'), dict(width=None), dict(bogus=1)]:
    try:
        pprint.PrettyPrinter(**kwargs)
        print(kwargs, 'ok')
    except Exception as e:
        print(kwargs, type(e).__name__, e)
for call in [lambda: pprint.pformat(1, 2, 3, 4, 5),
             lambda: pprint.pformat(),
             lambda: pprint.pprint([1], io.StringIO(), 1, 80, None, True),
             lambda: pprint.pprint('x', stream=42)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
