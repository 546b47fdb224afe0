# all/any short-circuit
def gen(vals):
    for v in vals:
        print("yield", v)
        yield v
print(any(gen([0, 1, 2])))
print(all(gen([1, 0, 2])))
print(all([]), any([]), all([[]]), any([[]]), all("abc"), any(x > 5 for x in range(10)))
try:
    all(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
