# boolean operators return operands
print(True and False, True or False, not True, not 0, not "", not [1])
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] and "x", None or 0)
print(0 or "" or None, 1 and "a" and [3], (0, ) and "t")
print(True == 1, False == 0, True is True, True + True, True > False)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(float("nan")), bool(""), bool(" "))
print(bool([]), bool([0]), bool(()), bool({}), bool({0: 0}), bool(set()), bool(range(0)), bool(range(1)), bool(b""), bool(0j))
print(repr(True), str(False), int(True), float(False), True.__class__.__name__)
print(bool(), bool(None), bool(bool))
calls = []
def f(v):
    calls.append(v)
    return v
print(f(0) and f(1), f(1) or f(2), f(0) or f(0) or f(3))
print(calls)
