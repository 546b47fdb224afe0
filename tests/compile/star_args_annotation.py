# expect: ok
def f(*args: *Ts): pass
x[*a] = 1
