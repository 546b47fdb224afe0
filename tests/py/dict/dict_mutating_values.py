# values can be mutated during iteration; keys set must not change
d = {"a": [1], "b": [2]}
for k in d:
    d[k].append(k)
    d[k] = d[k] + [0]
print(d)
e = dict.fromkeys(range(5), 0)
for k in e:
    e[k] += k * 10
print(e)
try:
    for k in e:
        e.pop(k)
except RuntimeError as err:
    print(type(err).__name__ + ":", err)
print(len(e))
f = {1: 1}
try:
    for k in f:
        del f[k]
        f[k + 100] = 1
except RuntimeError as err:
    print(type(err).__name__ + ":", err)
print(f)
