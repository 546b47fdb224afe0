# A StopIteration raised by an iterator keeps its arguments through next(),
# native iterators (map, zip, enumerate, filter) and `yield from`.
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(42)

class Seq:
    def __getitem__(self, i):
        raise StopIteration(42)  # a sequence iterator ignores the argument

def args_of(f):
    try:
        f()
        print("no exception")
    except StopIteration as e:
        print("StopIteration", e.args)

args_of(lambda: next(It()))
args_of(lambda: next(iter(Seq())))
args_of(lambda: next(enumerate(It())))
args_of(lambda: next(map(lambda x: x, It())))
args_of(lambda: next(zip(It())))
args_of(lambda: next(filter(None, It())))
print(next(It(), "default"))
print(list(It()), list(map(abs, It())))

def stop_at_3(x):
    if x < 3:
        return x
    raise StopIteration(444)

print(list(map(stop_at_3, range(10))))
print([x for x in map(stop_at_3, range(10))])
print(list(filter(stop_at_3, range(10))))

def delegate():
    r = yield from map(stop_at_3, range(10))
    print("yield from returned", r)

print(list(delegate()))

def calls():
    n = [0]
    def f():
        n[0] += 1
        if n[0] > 3:
            raise StopIteration("done")
        return n[0]
    return f
print(list(iter(calls(), None)))
