# cells shared between closures and rebinding after creation
def pair():
    x = "initial"
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
g, s = pair()
print(g())
s("changed")
print(g())
def unbound_cell():
    def f():
        return y
    try:
        f()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    y = 5
    return f()
print(unbound_cell())
def del_cell():
    z = 1
    def f():
        return z
    del z
    try:
        f()
    except NameError as e:
        print(type(e).__name__ + ":", e)
del_cell()
def cell_in_comprehension():
    n = 3
    return [n * i for i in range(n)]
print(cell_in_comprehension())
print([c.cell_contents for c in g.__closure__])
