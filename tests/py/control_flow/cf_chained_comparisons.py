# chained comparisons evaluate middle operands once
def val(v, tag):
    print("eval", tag)
    return v
print(1 < val(2, "mid") < 3)
print(val(5, "a") < val(3, "b") < val(10, "c"))
x = 5
print(0 < x < 10, 0 < x > 3, 1 < 2 < 3 < 4 < 5, 1 < 2 > 3 < 4, x == 5 == 5.0)
print(1 <= 1 != 2 is not None, "a" < "b" in ["b"], 3 in [3] in [[3]])
a = [1]
b = a
print(a is b is a, a == b is not None)
print(1 < 3 != 3, not 1 < 2 < 3)
