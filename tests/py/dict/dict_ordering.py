# insertion order is preserved
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d))
d["alpha"] = 0
print(list(d.items()))
del d["zeta"]
d["zeta"] = 9
print(list(d))
d2 = {3: "c", 1: "a", 2: "b"}
print(d2, list(d2.values()))
d2.pop(1)
d2[1] = "a2"
print(d2)
u = {"x": 1, "y": 2}
u.update({"a": 0, "x": 10})
print(u)
u.update([("b", 5)], c=6)
print(u)
merged = {"a": 1, "b": 2} | {"b": 20, "c": 30}
print(merged)
m = {"a": 1}
m |= {"z": 26, "a": 11}
print(m)
print({**{"p": 1, "q": 2}, "p": 3, **{"r": 4}})
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(list(big)[:5], len(big), list(big)[-1])
for i in range(5):
    big[i] = -i
print(list(big.items())[-5:])
