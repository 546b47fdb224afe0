# abs, divmod, pow, round, sum, hex/oct/bin, ord/chr
print(abs(-3), abs(-3.5), abs(3 + 4j), abs(-0.0), abs(False))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2**65, 7))
print(pow(2, 10), pow(2, 10, 1000), pow(2, -2), pow(-2, 3, 5), pow(3, -1, 7), pow(2.0, 3))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(7), round(7.0), round(-0.5))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([[1], [2]], []), sum(range(101), 10), sum((), 0.0), sum([0.1] * 3))
print(hex(255), hex(-255), oct(8), bin(5), bin(-5), hex(0), bin(0), oct(-0))
print(ord("A"), ord("é"), ord("😀"), chr(65), chr(233), chr(128512), chr(0) == "\x00")
print(int("42"), float("4.2"), complex("1+2j"), bool("x"), str(4.20), int(4.99), int(-4.99))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    sum(["a"], "")
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(sum([1, 2], start=10), round(5.5, None), type(round(5.5, 0)).__name__)
