# mixed numeric members
s = {1, 1.0, True, 2, 2.0}
print(len(s), 1 in s, 1.0 in s, True in s, 0 in s)
t = {0, False, 0.0, -0.0}
print(len(t), t)
print({1.5, 3} - {3.0}, sorted({2**64, 2.0**64, 1}))
print(frozenset([1, 2]) == frozenset([1.0, 2.0]), {float("nan")} == {float("nan")})
n = float("nan")
print(n in {n}, float("nan") in {n}, len({n, n, float("nan")}))
