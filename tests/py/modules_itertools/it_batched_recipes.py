# itertools recipes built from primitives
from itertools import islice, chain, groupby, count, tee, zip_longest
def take(n, it):
    return list(islice(it, n))
def chunked(it, n):
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk
def flatten(lol):
    return chain.from_iterable(lol)
def unique_justseen(it):
    return [k for k, _ in groupby(it)]
def grouper(it, n, fill=None):
    args = [iter(it)] * n
    return zip_longest(*args, fillvalue=fill)
def sliding(it, n):
    its = tee(it, n)
    for i, t in enumerate(its):
        for _ in range(i):
            next(t, None)
    return zip(*its)
print(take(5, count(100)), list(chunked(range(10), 4)), list(flatten([[1], [2, 3], []])))
print(unique_justseen("AAAABBBCCDAABBB"), list(grouper("ABCDEFG", 3, "x")), list(sliding(range(6), 3)))
