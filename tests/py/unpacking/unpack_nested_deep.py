# deeply nested targets
((a, b), (c, (d, e))) = ((1, 2), (3, (4, 5)))
print(a, b, c, d, e)
[[x]] = [[7]]
print(x)
(first, (second, *more)), last = ("f", ("s", 1, 2)), "l"
print(first, second, more, last)
data = {"pts": [(1, 2), (3, 4)]}
[(x1, y1), (x2, y2)] = data["pts"]
print(x1 + x2, y1 + y2)
a = b = c = "same"
print(a, b, c)
t = u = [], []
print(t, u, t is u)
