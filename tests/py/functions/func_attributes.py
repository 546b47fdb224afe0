# function objects and attributes
def documented(a, b=2):
    """Doc string here."""
    return a
print(documented.__name__, documented.__doc__, documented.__defaults__, documented.__qualname__, documented.__module__)
documented.custom = 42
print(documented.custom, documented.__dict__)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__)
class K:
    def meth(self):
        pass
print(K.meth.__qualname__, K.meth.__name__, K().meth.__name__, K().meth.__func__ is K.meth)
lam = lambda x: x
print(lam.__name__, lam.__qualname__, (lambda: 0).__doc__)
def annotated(x: int, y: "str" = "a") -> bool:
    return True
print(annotated.__annotations__)
print(callable(documented), callable(1), callable(K), callable(K()), callable(print))
def nodoc():
    pass
print(nodoc.__doc__, nodoc(), type(nodoc).__name__, type(K().meth).__name__, type(len).__name__)
print(documented.__code__.co_name, documented.__code__.co_varnames[:2], documented.__code__.co_argcount)
