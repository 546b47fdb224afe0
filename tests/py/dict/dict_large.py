# many insertions and deletions
d = {}
for i in range(50000):
    d[i * 7 % 50021] = i
print(len(d), d[0], d[7], d[49])
for i in range(0, 50000, 3):
    del d[i * 7 % 50021]
print(len(d), sum(d.values()) % 1000003)
keys = list(d)
print(keys[:5], keys[-5:])
s = {str(i): i for i in range(10000)}
print(s["9999"], len(s), sum(map(int, s)) == sum(s.values()))
t = {(i, i + 1): i for i in range(1000)}
print(t[(500, 501)], (1000, 1001) in t)
