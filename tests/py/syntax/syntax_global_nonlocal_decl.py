# global and nonlocal declarations in various positions
g = 0
def set_g():
    global g
    for g in range(3):
        pass
set_g()
print(g)
def outer():
    v = "a"
    def mid():
        nonlocal v
        def inner():
            nonlocal v
            v += "c"
        v += "b"
        inner()
    mid()
    return v
print(outer())
def multi():
    global m1, m2
    m1, m2 = 1, 2
multi()
print(m1, m2)
def import_global():
    global math
    import math
import_global()
print(math.floor(2.5))
