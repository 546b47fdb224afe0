# sort key exceptions propagate; list stays a permutation
lst = [3, 1, "x", 2]
try:
    lst.sort()
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(sorted(lst, key=str))
def key(v):
    if v == 2:
        raise KeyError("boom")
    return v
nums = [5, 4, 3, 2, 1]
try:
    nums.sort(key=key)
except KeyError as e:
    print(type(e).__name__ + ":", e)
print(sorted(nums))
print(sorted([[1, "a"], [1, 2]], key=lambda p: p[0]))
try:
    sorted([[1, "a"], [1, 2]])
except TypeError as e:
    print(type(e).__name__ + ":", e)
