# reprlib.repr and Repr limits for builtin types.
import reprlib
import re
from array import array
from collections import deque

r = reprlib.repr
print(r('short'), r('x' * 30), r('y' * 31), r('abc' * 40))
print(r("quote's" * 10), r('é' * 50), r(''))
print(r(b'bytes' * 20), r(bytearray(b'x' * 50)))
print(r(0), r(-5), r(10 ** 39), r(10 ** 40), r(-(10 ** 40)), r(2 ** 300))
print(r(True), r(None), r(1.5), r(1e300), r(3 + 4j))
print(r([]), r([1]), r(list(range(6))), r(list(range(7))), r(list(range(100))))
print(r(()), r((1,)), r(tuple(range(6))), r(tuple(range(20))))
print(r({}), r({1: 2}), r({i: str(i) for i in range(4)}), r({i: i for i in range(10)}))
print(r({'b': 1, 'a': 2, 'c': 3}), r({3: 'x', 1: 'y', 2: 'z'}))
print(r(set()), r({3, 1, 2}), r(set(range(20))), r({'b', 'a'}))
print(r(frozenset()), r(frozenset({5, 4})), r(frozenset(range(20))))
print(r(deque()), r(deque([1, 2])), r(deque(range(20))))
print(r(array('i')), r(array('i', [1, 2, 3])), r(array('d', range(10))), r(array('b', range(5))))
print(r([[[[[[[[1]]]]]]]]), r([[[[[[[]]]]]]]))
print(r({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))
print(r(((((((((1,),),),),),),),)))
print(r([{1: [2, (3, {4})]}] * 8))
print(r([['x' * 50] * 10] * 10))
print(r(range(100)), r(range(10 ** 30)))
print(r({1, 'a', 2.5}) in ("{1, 2.5, 'a'}", "{1, 'a', 2.5}", "{'a', 1, 2.5}", "{2.5, 1, 'a'}", "{2.5, 'a', 1}", "{'a', 2.5, 1}"))
print(r({1: 'a', 'b': 2}))


class Long:
    def __repr__(self):
        return 'Long(' + 'z' * 50 + ')'

class Short:
    def __repr__(self):
        return 'S'

class Broken:
    def __repr__(self):
        raise ValueError('nope')

print(r(Long()), r(Short()), r([Long(), Short()]))
print(re.sub('0x[0-9a-f]+', 'ADDR', r(Broken())), re.sub('0x[0-9a-f]+', 'ADDR', r([Broken()])))

a = reprlib.Repr()
print(a.maxlevel, a.maxtuple, a.maxlist, a.maxarray, a.maxdict, a.maxset,
      a.maxfrozenset, a.maxdeque, a.maxstring, a.maxlong, a.maxother, repr(a.fillvalue))
a.maxlist = 2
a.maxtuple = 0
a.maxdict = 1
a.maxstring = 10
a.maxlong = 5
a.maxother = 8
a.maxlevel = 2
a.maxset = 3
a.maxfrozenset = 1
a.maxdeque = 0
a.maxarray = 1
print(a.repr(list(range(5))), a.repr((1, 2)), a.repr(()), a.repr((1,)))
print(a.repr({'a': 1, 'b': 2}), a.repr('0123456789abc'), a.repr('0123456789'))
print(a.repr(123456), a.repr(12345), a.repr(Long()), a.repr([[[1]]]), a.repr([[[]]]))
print(a.repr(set(range(9))), a.repr(frozenset(range(9))), a.repr(deque([1])), a.repr(array('i', [7, 8])))
a.fillvalue = '<+>'
print(a.repr(list(range(5))), a.repr('0123456789abc'), a.repr(10 ** 10), a.repr([[[1]]]), a.repr({1: {2: {3: 4}}}))
a.maxstring = 2
a.maxlong = 1
a.maxother = 0
print(a.repr('hello world'), a.repr(987654), a.repr(Long()))
print(reprlib.aRepr.maxlist, reprlib.repr.__self__ is reprlib.aRepr, reprlib.__all__)
try:
    reprlib.Repr(maxlist=3)
except TypeError as e:
    print(type(e).__name__, e)
