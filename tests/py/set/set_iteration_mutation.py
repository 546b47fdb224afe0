# modifying a set while iterating raises
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
s = {1, 2, 3}
for x in list(s):
    s.discard(x)
print(s)
s2 = set(range(10))
evens = {x for x in s2 if x % 2 == 0}
s2 -= evens
print(sorted(s2), sorted(evens))
print(sorted(set(range(5)) - {2}, reverse=True), min({5, 3, 9}), max({5, 3, 9}), sum({1, 2, 3}))
