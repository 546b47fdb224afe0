# functools.partial
from functools import partial
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube = partial(power, exp=3)
two_to = partial(power, 2)
print(square(5), cube(2), two_to(10), two_to(10, mod=1000), square(7, mod=10))
print(square.func is power, square.args, square.keywords, two_to.args)
p2 = partial(two_to, 5)
print(p2(), p2.func is power, p2.args)
int_base2 = partial(int, base=2)
print(int_base2("1011"), int_base2("11", base=10))
adder = partial(lambda *a, **k: (a, sorted(k.items())), 1, x=1)
print(adder(2, y=2), adder(x=9))
print(list(map(partial(max, 0), [-1, 3, -5, 7])))
try:
    partial(power)()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    partial(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
