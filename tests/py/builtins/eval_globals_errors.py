import collections
from itertools import chain

for g in (collections.UserDict({"x": 5}), 5, [], "s", None.__class__):
    try:
        print(eval("1", g))
    except TypeError as e:
        print(type(g).__name__, e)
    try:
        exec("x = 1", g)
    except TypeError as e:
        print(type(g).__name__, e)
# chain drops its sources after an error in iter()
x = chain(1, [2])
try:
    next(x)
except TypeError as e:
    print("TypeError", e)
print(list(x))
