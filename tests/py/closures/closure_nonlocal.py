# nonlocal in nested scopes
def outer():
    x = 1
    def mid():
        x = 2
        def inner():
            nonlocal x
            x += 10
            return x
        r = inner()
        return r, x
    r = mid()
    return r, x
print(outer())
def acc():
    total = []
    s = 0
    def add(v):
        nonlocal s
        s += v
        total.append(v)
        return s
    def get():
        return s, total
    return add, get
add, get = acc()
add(3)
add(4)
print(get())
def shared():
    v = 0
    def inc():
        nonlocal v
        v += 1
    def read():
        return v
    return inc, read
inc, read = shared()
inc(); inc(); inc()
print(read())
def deep():
    a = 0
    def l1():
        def l2():
            def l3():
                nonlocal a
                a += 1
            l3()
        l2()
    l1(); l1()
    return a
print(deep())
