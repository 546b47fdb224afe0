# lexicographic comparisons of tuples
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0,), (2,), ()]
print(sorted(pairs))
print(max(pairs), min(pairs))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, -1), (3,) > (2, 99), (1, "a") < (1, "b"))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print((1, "a") < (2, 2))
print((float("nan"),) == (float("nan"),), (0, -0.0) == (0.0, 0))
