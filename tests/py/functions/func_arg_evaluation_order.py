# order of evaluation of arguments and defaults
def log(x):
    print("eval", x)
    return x
def f(a, b, c=log("default evaluated at def time")):
    return a, b, c
print("after def")
print(f(log(1), log(2)))
print(f(b=log("b"), a=log("a")))
def g(*args, **kw):
    return args, kw
print(g(log(1), *[log(2)], k=log(3), **{"j": log(4)}))
d = {}
d[log("key")] = log("value")
x = [log("elem1"), log("elem2")][log(0)]
print(log("left") + log("right"))
print({log("k1"): log("v1"), log("k2"): log("v2")})
