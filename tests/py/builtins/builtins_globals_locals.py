# globals(), locals() contents
x_global = 1
def f(a, b=2):
    c = a + b
    return sorted(locals())
print(f(1))
g = globals()
print("x_global" in g, g["x_global"], g["__name__"])
g["injected"] = "via globals"
print(injected)
class K:
    attr = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
