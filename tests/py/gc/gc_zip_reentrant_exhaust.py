# A zip argument whose __next__ calls next() of the same zip, which is then
# exhausted: the zip must keep its iterators alive for the outer call.
class A:
    def __init__(self):
        self.depth = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.depth += 1
        try:
            if self.depth == 1:
                try:
                    next(z)
                except StopIteration:
                    pass
                [str(i) for i in range(200)]
            return 1
        finally:
            self.depth -= 1


for k in range(30):
    z = zip(A(), iter([str(i) for i in range(0)]), iter([str(k)]))
    print(list(z), list(z))
