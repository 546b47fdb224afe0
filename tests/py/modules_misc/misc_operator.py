# operator module
import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(1, 2), operator.sub(5, 3), operator.mul("a", 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 5))
print(operator.neg(5), operator.pos(-5), operator.abs(-3), operator.invert(0), operator.not_(0), operator.truth([]), operator.index(7))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2), operator.is_(None, None), operator.is_not(1, None))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 4), operator.rshift(16, 2), operator.concat([1], [2]), operator.contains("abc", "b"))
print(operator.getitem([1, 2, 3], 1), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
lst = [1, 2, 3]
operator.setitem(lst, 0, 10)
operator.delitem(lst, 1)
print(lst, operator.iadd([1], [2]), operator.iconcat("a", "b"))
data = [("b", 2, 0.5), ("a", 3, 0.1), ("c", 1, 0.9)]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(0)), itemgetter(0, 2)(data[0]), itemgetter(slice(1, None))("hello"))
class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct
ps = [P("zed", P("in1")), P("amy", P("in2"))]
print([attrgetter("name")(p) for p in sorted(ps, key=attrgetter("name"))], attrgetter("inner.name", "name")(ps[0]))
print(methodcaller("greet", "hi")(ps[0]), methodcaller("greet", "yo", punct="?")(ps[1]), list(map(methodcaller("upper"), ["a", "b"])))
print(repr(itemgetter(1)), repr(attrgetter("x")), repr(methodcaller("m", 1, k=2)))
try:
    itemgetter(5)([1])
except IndexError as e:
    print(type(e).__name__ + ":", e)
try:
    attrgetter("missing")(ps[0])
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([]), 5), operator.matmul.__name__)
