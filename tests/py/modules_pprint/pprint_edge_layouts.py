# Edge layouts: padding of empty containers with indent > 1, closing parenthesis of
# namespaces/dataclasses not reserved, ChainMap with one empty map.
import pprint, types, dataclasses, collections

print(pprint.pformat([[], (), {}, set(), collections.deque(), collections.Counter(),
                      collections.OrderedDict(), collections.ChainMap()], width=1, indent=3))
print(pprint.pformat(collections.ChainMap({}, {}), width=1, indent=4))
ns = types.SimpleNamespace(a=1, b='aaa bbb ccc')
for w in (24, 25, 28, 29):
    print(w)
    print(pprint.pformat(ns, width=w))
    print(pprint.pformat([[ns]], width=w))

@dataclasses.dataclass
class D:
    a: int
    b: str
d = D(1, 'aaa bbb ccc')
for w in (16, 17, 18, 19):
    print(pprint.pformat([[d]], width=w))
print(pprint.pformat(types.SimpleNamespace(x=[], y={}), width=5, indent=2))
print(pprint.pformat([b'abcd' * 6, b'abcde' * 5], width=20))
