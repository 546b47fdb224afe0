# * and ** in calls and displays
def f(*args, **kwargs):
    return args, kwargs
lst = [1, 2]
tpl = (3,)
dct = {"a": 1}
print(f(*lst, *tpl, 0, *range(2)))
print(f(**dct, b=2, **{"c": 3}))
print(f(*"ab", **dict(x=1)))
print([*lst, *tpl], (*lst, *tpl), {*lst, *tpl} == {1, 2, 3}, {**dct, "b": 2, **{"a": 10}})
print(*[1, 2, 3], sep="-")
print(*"abc")
print(*[])
print(*range(3), *"xy", end="|\n")
try:
    f(*None)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    f(**None)
except TypeError as e:
    print(type(e).__name__ + ":", e)
