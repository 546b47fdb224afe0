# passing builtins and methods as callables
print(list(map(str.upper, ["a", "b"])), list(map(len, ["", "ab"])), list(map(int, "123")))
bound = "-".join
print(bound(["x", "y"]), list(filter(str.isdigit, "a1b2")))
up = str.upper
print(up("q"), sorted([3, 1, 2], key=int.__neg__), max(["aa", "b"], key=len))
append = [].append
append(1)
print(append.__self__, append.__name__)
meth = (1).__add__
print(meth(2), (5).__rsub__(10), "a".__mul__(2))
