# // and % with negative operands follow floor semantics
for a in (7, -7, 0, 1, -1, 13, -13):
    for b in (3, -3, 1, -1, 5, -5):
        print(a, b, a // b, a % b, divmod(a, b))
print((2**100) // -7, (2**100) % -7)
print((-2**100) // 7, (-2**100) % 7)
print(divmod(-2**70, 2**35 + 1))
for a, b in ((1, 0), (0, 0), (-5, 0)):
    for op in ("//", "%", "divmod", "/"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            elif op == "/":
                a / b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
