# closures over loop variables see the final value
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs2 = [lambda: j for j in range(3)]
print([f() for f in fs2])
fs3 = [lambda j=j: j for j in range(3)]
print([f() for f in fs3])
def make():
    out = []
    for k in range(3):
        def g(k=k):
            return k * 10
        out.append(g)
    return out
print([g() for g in make()])
def make2():
    out = []
    for k in range(3):
        def g():
            return k * 10
        out.append(g)
    return out
print([g() for g in make2()])
i = 100
print([f() for f in fs])
