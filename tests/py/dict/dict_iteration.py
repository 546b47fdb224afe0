# iterating dicts
d = {"x": 1, "y": 2, "z": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, v)
for i, k in enumerate(d):
    print(i, k)
print([k for k in reversed(d)], list(zip(d, d.values())))
print(sum(d.values()), max(d), max(d, key=d.get), sorted(d, reverse=True))
it = iter(d)
print(next(it), next(it), next(it), next(it, "end"))
print(dict(sorted(d.items(), key=lambda kv: -kv[1])))
copy = dict(d)
for k in list(copy):
    if copy[k] % 2:
        del copy[k]
print(copy)
