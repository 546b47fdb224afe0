# conditional expressions and short-circuit
def side(tag, val):
    print("eval", tag)
    return val
print("yes" if side("cond", 1) else side("no", "no"))
print(side("a", 0) if side("c2", 0) else side("b", "else-branch"))
x = 5
print("big" if x > 10 else "mid" if x > 3 else "small")
print((lambda: "t")() if [] else "empty")
r = side("l", []) or side("r", [1])
print(r)
r = side("l", [2]) and side("r", [])
print(r)
print(all([]), any([]), all([1, 0]), any([0, 0.0, "", None, 3]))
print(all(side(i, i) for i in [1, 0, 2]))
print(any(side(i, i) for i in [0, 5, 6]))
