# list iterators
a = [1, 2, 3]
it = iter(a)
print(next(it), list(it), list(it))
it2 = iter(a)
a.append(4)
print(list(it2))
r = reversed(a)
print(next(r), list(r))
it3 = iter([])
try:
    next(it3)
except StopIteration as e:
    print(type(e).__name__, repr(e))
print(type(iter([])).__name__, type(reversed([])).__name__)
