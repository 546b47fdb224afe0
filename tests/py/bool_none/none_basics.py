# None singleton
print(None, repr(None), type(None).__name__, None is None, None == None, None != 0)
def f():
    pass
print(f(), f() is None)
def g():
    return
print(g())
x = None
print(x is not None, not x, bool(x))
print([None, None], {None: None}, (None,))
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < None
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for i in None:
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(hash(None) == hash(None), type(None)() is None)
print(sorted([3, 1, 2], key=lambda v: None is None and v))
