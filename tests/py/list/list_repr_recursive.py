# repr of nested and recursive lists
a = [1, [2, [3, [4, []]]]]
print(a, repr(a), str(a))
r = [1, 2]
r.append(r)
print(r, len(r), r[2] is r)
s = []
s.append(s)
s.append([s])
print(s)
d = {"self": None}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
x = [1]
y = [x, x]
print(y, y[0] is y[1])
m = {"l": [1]}
m["l"].append(m)
print(m)
print(repr([[]] * 3), [["é"], "ü"])
