# collections.abc isinstance checks
from collections.abc import Iterable, Iterator, Sequence, Mapping, MutableMapping, Hashable, Callable, Sized, Container, Generator
def gen():
    yield 1
checks = [([], Iterable), ([], Iterator), (iter([]), Iterator), ((), Sequence), ("s", Sequence), ({}, Mapping), ({}, MutableMapping),
          ([], Hashable), ((), Hashable), (len, Callable), (set(), Sized), ("", Container), (gen(), Generator), (range(3), Sequence), (5, Iterable)]
for obj, abc in checks:
    print(type(obj).__name__, abc.__name__, isinstance(obj, abc))
class MyIt:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(isinstance(MyIt(), Iterator), issubclass(MyIt, Iterable))
