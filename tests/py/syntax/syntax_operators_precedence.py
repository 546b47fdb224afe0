# operator precedence
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(1 + 2 << 3, 1 | 2 ^ 3 & 4, ~1 + 2, not 1 == 2, not (1 and 0))
print(10 - 3 - 2, 100 / 10 / 5, 2 * 3 % 4, 7 // 2 * 2, -7 // 2, -(7 // 2))
print(1 < 2 == True, (1 < 2) == True, 1 if 0 else 2 if 0 else 3)
print(True + 1 * 2, 3 & 5 == 1, (3 & 5) == 1, "a" + "b" * 2, [1] * 2 + [3])
print(not None is None, (not None) is None, 5 in [5] == True, 2 ** 2 ** 0)
x = 3
print(-x ** 2, +-x, - - x, ~~x, not not x)
print((lambda: 1 if True else 2)(), (lambda: 0) is not None)
