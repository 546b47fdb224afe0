from fractions import Fraction as F

a, b = F(7, 3), F(-1, 2)
for x, y in [(a, b), (a, 2), (2, a), (a, 0.5), (0.5, a), (a, 1j), (1j, F(1, 2)), (b, -3), (True, a)]:
    print(repr(x), repr(y))
    print('  ', repr(x + y), repr(x - y), repr(x * y), repr(x / y))
    try:
        print('  ', repr(x // y), repr(x % y), repr(divmod(x, y)))
    except TypeError as e:
        print('  ', type(e).__name__, e)
print(repr(-a), repr(+a), repr(abs(b)), repr(-F(0)))
print(repr(F(1, 2) ** -2), repr(F(-1, 2) ** -3), repr(F(-2, 3) ** 3), repr(F(0) ** 0))
print(repr(F(3, 4) ** F(1, 2)), repr(F(3, 4) ** 0.5), repr(F(4) ** F(2)), repr(F(1, 2) ** (1 + 1j)))
print(repr(2 ** F(-1)), repr(2 ** F(1, 2)), repr(2 ** F(3)), repr(2.0 ** F(2)), repr((-8) ** F(1, 3)))
print(repr(F(2) ** 2.0), repr(F(-1, 2) ** 0), repr(F(10 ** 20, 3) ** 0.5))
print(repr(F(1, 3) + F(1, 6)), repr(sum([F(1, n) for n in range(1, 8)])))
for e in ['F(0)**-1', 'F(1)//0', 'F(1)%0', 'F(1)/0', 'F(1)//1j', 'F(1)**"x"',
          'divmod(F(1), 0)', 'F(1)/F(0)', 'F(1,2)+"a"', '"a"+F(1,2)', '[1]*F(2)',
          'F(1)-None', '1/F(0)', '1.0/F(0)', '0.0 ** F(-1)']:
    try:
        print(e, repr(eval(e)))
    except Exception as ex:
        print(e, type(ex).__name__, ex)


class G(F):
    pass

print(type(G(1, 2) + 1).__name__, type(1 + G(1, 2)).__name__, type(+G(1, 2)).__name__,
      type(-G(1, 2)).__name__, type(G(1, 2) ** 2).__name__)
