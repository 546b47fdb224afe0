# is / is not / == between bool, None, int
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(True is not False, None is not None)
print(1 == 1.0 == True, (1 == 1) is True, (1 < 2) == True)
print(isinstance(False, int), isinstance(None, object), type(None) is type(None))
print(True in [1], 0 in [False], None in [0, False, ""])
print([True, False].index(0), [1, 2, True].count(1), (False,) == (0,))
print(str(True).lower(), "True" == str(True), True.real, True.imag, True.numerator)
print(max(True, 2), min(False, -1), abs(True), -False)
