# product, permutations, combinations, combinations_with_replacement
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [1, 2])), list(product("ab", repeat=2)), list(product()), list(product("ab", [])))
print(len(list(product(range(3), repeat=4))), list(product([0, 1], "x", repeat=2))[:3])
print(list(permutations("abc")), list(permutations("abc", 2)), list(permutations([], 0)), list(permutations("ab", 3)))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations("ab", 0)), list(combinations("ab", 5)))
print(list(combinations_with_replacement("abc", 2)), len(list(combinations_with_replacement(range(5), 3))))
print(len(list(permutations(range(7)))), sum(1 for _ in combinations(range(20), 4)))
try:
    list(permutations("abc", -1))
except ValueError as e:
    print(type(e).__name__ + ":", e)
