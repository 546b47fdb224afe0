# enumerate with start, reversed, iter(callable, sentinel)
print(list(enumerate("abc")), list(enumerate("abc", start=1)), list(enumerate([], 5)), list(enumerate("xy", -2)))
e = enumerate(["p", "q"], 10)
print(next(e), next(e), next(e, "end"))
print(list(reversed([1, 2, 3])), list(reversed("héllo")), list(reversed(range(1, 10, 3))), "".join(reversed("abc")))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
data = iter(["a", "b", "STOP", "c"])
print(list(iter(lambda: next(data), "STOP")), next(data))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
it = iter([1, 2, 3])
print(next(it), list(it), iter(it) is it)
print(list(enumerate(enumerate("ab"))))
