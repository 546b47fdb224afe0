# assorted statements: del, global, assert, pass, multiple targets
a = b = c = 0
a += 1; b -= 1; c ^= 5
print(a, b, c)
x, y = 1, 2
del x, y
print("x" in dir(), "y" in dir())
lst = [1, 2, 3, 4]
del lst[0], lst[-1]
print(lst)
if True: pass
for _ in (): pass
while 0: pass
class K: x = 1; y = 2
print(K.x + K.y)
def f(): return "single line def"
print(f())
z: int = 5
w: list
print(z, "w" in dir(), __annotations__)
