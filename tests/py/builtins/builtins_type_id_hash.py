# type(), hash(), id() relationships (id values not printed)
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]) and False, type(a) is list, type(type(a)))
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, "a")) == hash((1, "a")), hash(-1), hash(-2), hash(0.5))
x = object()
print(hash(x) == hash(x), type(x).__name__, isinstance(id(x), int))
print(type(len), type(print).__name__, type(lambda: 0).__name__, type(Ellipsis).__name__, type(NotImplemented).__name__)
