# basic integer arithmetic
print(1 + 2, 7 - 10, 6 * 7, 7 / 2, 7 // 2, 7 % 3, 2 ** 10)
print(-7 + 3, -(-5), +4, -0)
print(10 / 5, type(10 / 5).__name__)
print(0 * -1, 100 - 100)
x = 5
x += 3
print(x)
x -= 10
print(x)
x *= -3
print(x)
x //= 4
print(x)
x **= 3
print(x)
x %= 7
print(x)
print(2 ** -1, 2 ** -2, (-2) ** 3, (-2) ** -3)
print(0 ** 0, 0 ** 5, 1 ** 1000)
print(-2 ** 2, (-2) ** 2)
print(2 ** 3 ** 2)
print(1 - 2 - 3, 100 // 10 // 3, 2 * 3 + 4 * 5)
print(7 - -3, 7 + -3)
