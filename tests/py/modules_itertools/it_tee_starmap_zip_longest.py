# tee, starmap, zip_longest, pairwise
from itertools import tee, starmap, zip_longest, pairwise
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
x, y, z = tee("ab", 3)
print(next(x), list(y), list(x), list(z))
print(list(starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(starmap(lambda *a: sum(a), [(1, 2, 3), ()])))
print(list(zip_longest("ABCD", "xy")), list(zip_longest("AB", "xyz", fillvalue="-")), list(zip_longest()), list(zip_longest([1], [], [2, 3])))
print(list(pairwise("ABCDE")), list(pairwise([1])), list(pairwise([])), [b - a for a, b in pairwise([1, 4, 9, 16])])
