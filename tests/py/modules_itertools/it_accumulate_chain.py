# accumulate, chain, chain.from_iterable, compress
from itertools import accumulate, chain, compress
import operator
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([])), list(accumulate([], initial=0)), list(accumulate("abc")))
print(list(chain("ab", [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(["xy", [3], ()])))
print(list(chain.from_iterable([[1, 2], [3]] * 2)))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), [0, 1] * 2)), list(compress("ab", [])))
