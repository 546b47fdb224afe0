from fractions import Fraction as F

inf, nan = float('inf'), float('nan')
h = F(1, 2)
for other in [F(1, 2), F(2, 3), 0, 1, 0.5, 0.25, 0.75, inf, -inf, nan, 0.5 + 0j, 1j, 10 ** 30]:
    print(repr(other), h == other, h != other, h < other if type(other) is not complex else '-',
          h >= other if type(other) is not complex else '-')
print(F(3) == 3, 3 == F(3), F(3) == 3.0, F(1, 3) == 1 / 3, F(1) == 1 + 0j, F(1) == 1j)
print(F(1, 3) < 0.5, F(1, 3) < inf, F(1, 3) > -inf, inf > F(10 ** 100), nan < F(0))
print(sorted([F(1, 2), 0.25, 1, F(1, 3), -2, F(-7, 3)]))
print(max(F(1, 2), 0.4), min(F(1, 2), 1))
for e in ['F(1,2) < 1j', 'F(1,2) <= "a"', '"a" > F(1)']:
    try:
        print(eval(e))
    except TypeError as ex:
        print(type(ex).__name__, ex)
P = 2 ** 61 - 1
for x in [F(1, 2), F(-1, 2), F(1, 3), F(-1, 3), F(5), F(-1), F(1, P), F(-7, 2 * P),
          F(10 ** 40, 7), F(0), F(3, 8)]:
    print(repr(x), hash(x))
print(hash(F(1, 2)) == hash(0.5), hash(F(-3, 4)) == hash(-0.75), hash(F(10 ** 30)) == hash(10 ** 30))
print(len({F(1, 2), 0.5, F(2, 4), 1, F(1), True}))
print(bool(F(0)), bool(F(1, 10 ** 9)), not F(0, 5))
