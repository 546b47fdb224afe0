# return/break/continue in finally override
def f1():
    try:
        return "try"
    finally:
        return "finally"
print(f1())
def f2():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f2())
def f3():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
        finally:
            continue
    return "loop done"
print(f3())
def f4():
    while True:
        try:
            raise RuntimeError("x")
        finally:
            break
    return "broke out"
print(f4())
def f5():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally sets x =", x)
print(f5())
def f6():
    lst = []
    try:
        return lst
    finally:
        lst.append("mutated in finally")
print(f6())
def f7():
    try:
        try:
            return "inner try"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f7())
def f8():
    for i in range(5):
        try:
            return i
        finally:
            if i < 2:
                continue
print(f8())
