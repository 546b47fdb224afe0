# uncaught error raised several frames deep
def level_c(x):
    return {"a": 1}[x]
def level_b(x):
    print("in b", x)
    return level_c(x)
def level_a(xs):
    return [level_b(x) for x in xs]
print(level_a(["a"]))
level_a(["a", "zz"])
