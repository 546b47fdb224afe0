# object-model introspection: unions, generic aliases, cells, code, slots
print(int | str, int | None | str, (int | str).__args__, int | int, list[int] | None)
print(isinstance(3, int | str), issubclass(bool, str | int), (int | str) == (str | int))
print(list[int], dict[str, list[int]], tuple[()], type[int], list[int].__origin__, list[int].__args__)
print(list[int]([1, 2]), list[int] == list[int], type(list[int]).__name__)
def outer():
    x = 1
    def inner():
        return x
    return inner
f = outer()
c = f.__closure__[0]
print(c.cell_contents)
c.cell_contents = 5
print(f())
del c.cell_contents
try:
    c.cell_contents
except ValueError as e:
    print(type(e).__name__ + ":", e)
co = outer.__code__
print(co.co_varnames, co.co_cellvars, co.co_freevars, f.__code__.co_freevars, co.co_argcount, co.co_name)
class S:
    __slots__ = ("a", "__b")
    def __init__(self):
        self.a = 1
        self.__b = 2
    def get(self):
        return self.__b
s = S()
print(s.a, s.get(), sorted(k for k in S.__dict__ if not k.startswith("__")), repr(S.a))
try:
    s.__dict__
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    class Bad:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__ + ":", e)
class A:
    __slots__ = ("x",)
class B:
    __slots__ = ("y",)
try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    S.a.__get__(1, int)
except TypeError as e:
    print(type(e).__name__ + ":", e)
class K: pass
print(K.__name__, K.__qualname__)
K.__name__ = "K2"
print(K.__name__, K)
m1 = K().__init__
print(staticmethod(len).__func__ is len, classmethod(len).__wrapped__ is len)
def gen():
    yield 1
g = gen()
g.__name__ = "renamed"
print(g.__name__, g.gi_code.co_name, g.gi_yieldfrom, g.gi_suspended)
print(int.__subclasses__()[:1], object().__class__.__name__)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
