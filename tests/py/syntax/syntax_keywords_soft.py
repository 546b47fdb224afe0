# soft keywords can be used as names
match = 1
case = 2
_ = 3
type = "shadowed builtin"
print(match, case, _, type)
del type
print(type(1).__name__)
match = [1, 2]
match match:
    case [a, b]:
        print("matched", a, b)
def case(match):
    return match * 2
print(case(21))
print = print
print("print rebinding works")
