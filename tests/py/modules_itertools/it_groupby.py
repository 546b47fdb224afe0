# groupby
from itertools import groupby
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")], [len(list(g)) for k, g in groupby([1, 1, 2, 2, 2, 1])])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print([(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
print([(k, list(g)) for k, g in groupby(sorted(words), key=lambda w: w[0])])
groups = groupby([1, 1, 2, 3, 3])
saved = [(k, g) for k, g in groups]
print([(k, list(g)) for k, g in saved])
print(list(groupby([])), [(k, list(g)) for k, g in groupby(range(10), key=lambda n: n // 3)])
