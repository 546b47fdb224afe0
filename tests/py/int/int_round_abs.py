# round/abs/divmod on ints
print(abs(-5), abs(0), abs(5), abs(-(2**100)), abs(True))
print(round(5), round(-5), round(1234, -1), round(1235, -1), round(1245, -1), round(1250, -2), round(1350, -2))
print(round(15, -1), round(25, -1), round(-15, -1), round(-25, -1), round(5, 2), round(2**100 + 5, -1))
print(round(123456, -10), type(round(7, 1)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3))
print(divmod(2**100, 3**40))
import math
print(math.floor(5), math.ceil(-5), math.trunc(7), int.__floor__(4) if hasattr(int, "__floor__") else "nofloor")
