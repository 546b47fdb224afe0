# global statement and scoping
counter = 0
def incr():
    global counter
    counter += 1
    return counter
incr()
incr()
print(counter)
x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
print(read(), shadow(), x)
def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__ + ":", e)
def make_global():
    global new_name
    new_name = "created"
make_global()
print(new_name)
def use_undefined():
    return undefined_name
try:
    use_undefined()
except NameError as e:
    print(type(e).__name__ + ":", e)
def del_local():
    y = 1
    del y
    return y
try:
    del_local()
except UnboundLocalError as e:
    print(type(e).__name__ + ":", e)
print(sorted(k for k in globals() if not k.startswith("__")))
def loc():
    a = 1
    b = 2
    return sorted(locals().items())
print(loc())
