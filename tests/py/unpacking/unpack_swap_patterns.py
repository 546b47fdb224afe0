# swap and rotate idioms, evaluation order of assignment targets
a, b, c = 1, 2, 3
a, b, c = b, c, a
print(a, b, c)
lst = [10, 20, 30]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
arr = [0, 0, 0]
i, arr[i] = 1, 9
print(i, arr)
x = [1, 2, 3]
x[0], x[1:] = "a", ["b"]
print(x)
d = {}
d["k"], d["j"] = d.get("j", 1), 2
print(d)
def fib_pairs(n):
    a, b = 0, 1
    out = []
    for _ in range(n):
        out.append(a)
        a, b = b, a + b
    return out
print(fib_pairs(12))
