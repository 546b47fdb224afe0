# functions defined inside functions/loops
def make_ops():
    ops = {}
    for name, sym in (("add", "+"), ("mul", "*")):
        def op(a, b, sym=sym):
            return a + b if sym == "+" else a * b
        ops[name] = op
    return ops
ops = make_ops()
print(ops["add"](3, 4), ops["mul"](3, 4))
def outer(n):
    def helper(k):
        return k * n
    return [helper(i) for i in range(n)]
print(outer(4))
def rec_inner(n):
    def go(k):
        return 1 if k == 0 else k * go(k - 1)
    return go(n)
print(rec_inner(10))
def redefine():
    def f():
        return 1
    a = f()
    def f():
        return 2
    return a, f()
print(redefine())
