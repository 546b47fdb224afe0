# namedtuples, _dispatch extensions, str/bytes/defaultdict subclasses, recursive dataclass and deque, floats.
import pprint, collections, io, sys, dataclasses, re
P = collections.namedtuple('P', 'x y z')
print(pprint.pformat([P(list(range(20)), 'y' * 40, {'a': 1})] * 2, width=30))
class Thing:
    def __init__(self, n): self.n = n
    def __repr__(self): return 'Thing(%s)' % ('x' * self.n)
def _pp_thing(self, obj, stream, indent, allowance, context, level):
    stream.write('THING<%d>' % obj.n)
pprint.PrettyPrinter._dispatch[Thing.__repr__] = _pp_thing
print(pprint.pformat([Thing(5), Thing(100)], width=40))
old = sys.stdout; sys.stdout = io.StringIO(); pprint.pprint({'a': 1}); v = sys.stdout.getvalue(); sys.stdout = old; print(repr(v))
@dataclasses.dataclass
class R:
    items: list
r = R([]); r.items.append(r); r.items.extend(range(30))
print(re.sub(r'id=\d+', 'id=N', pprint.pformat(r, width=40)))
print(pprint.pformat({'a': [1, 2]}, indent=4, width=8))
print(pprint.pformat(collections.Counter({'a': 3, 'b': 5, 'c': 1}), indent=3, width=10))
print(pprint.pformat(collections.OrderedDict(a=[1]*30), indent=3, width=20))
class S(str): pass
class B(bytes): pass
print(pprint.pformat([S('word ' * 20), B(b'abcd' * 20)], width=30))
print(pprint.pformat(S('word ' * 20), width=30))
class D(collections.defaultdict): pass
print(pprint.pformat(D(list, {'x': list(range(30))}), width=30))
dq = collections.deque([1]); dq.append(dq)
print(re.sub(r'id=\d+', 'id=N', pprint.pformat([dq, list(range(30))], width=30)))
print(pprint.pformat(range(100)), pprint.pformat({'k': (x for x in [])} ) [:30])
print(pprint.pformat([1.0, float('nan'), float('inf'), -0.0, 1e-300, 0.1 + 0.2]))
print(pprint.isreadable(float('nan')), pprint.saferepr([float('inf')]))
