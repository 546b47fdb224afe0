# functools.wraps and update_wrapper
from functools import wraps, update_wrapper
def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        return fn(*a, **k)
    return wrapper
@deco
def documented(x):
    """Original doc."""
    return x * 2
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(4), documented.__qualname__)
def plain_deco(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper
@plain_deco
def other():
    """Other doc."""
print(other.__name__, other.__doc__)
def target():
    """target doc"""
def shell():
    pass
update_wrapper(shell, target)
print(shell.__name__, shell.__doc__, shell.__wrapped__ is target)
target.custom = {"a": 1}
@wraps(target)
def w2():
    pass
print(w2.custom, w2.__dict__.keys() >= {"custom"})
