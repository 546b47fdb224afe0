# evaluation order in comprehensions
log = []
def src(tag, n):
    log.append("src " + tag)
    return range(n)
def cond(v):
    log.append("cond %d" % v)
    return v % 2 == 0
r = [(a, b) for a in src("outer", 2) if cond(a) for b in src("inner", 2)]
print(r)
print(log)
log.clear()
d = {log.append("k%d" % i) or i: log.append("v%d" % i) or i for i in range(2)}
print(d, log)
