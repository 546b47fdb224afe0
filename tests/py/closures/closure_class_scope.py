# class bodies do not create enclosing scopes for methods
x = "global x"
class C:
    x = "class x"
    def method(self):
        return x
    y = [x for _ in range(1)]
    z = x
print(C().method(), C.y, C.z)
def f():
    x = "func x"
    class D:
        print("in class body:", x)
        x = "D x"
        def m(self):
            return x
        w = x
    return D
D = f()
print(D().m(), D.w, D.x)
def g():
    v = "enclosing"
    class E:
        def m(self):
            return v
        def n(self):
            return __class__.__name__
    return E
print(g()().m(), g()().n())
class F:
    a = 1
    b = a + 1
    c = [a for _ in range(2)] if False else None
    try:
        d = [a for _ in range(2)]
    except NameError as e:
        d = "NameError: " + str(e)
print(F.b, F.d)
