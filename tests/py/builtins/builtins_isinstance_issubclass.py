# isinstance/issubclass with tuples, ABC-free checks
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1.0, (str, (int, float))))
print(isinstance("s", str), isinstance(b"", bytes), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(object, type), isinstance(type, object))
print(issubclass(int, object), issubclass(bool, (str, int)), issubclass(list, list), issubclass(dict, (list, tuple)))
print(isinstance(1, int | str), isinstance("a", int | None), isinstance(None, int | None), int | str)
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (int, A)), issubclass(A, B))
try:
    issubclass(B(), A)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    isinstance(1, [int])
except TypeError as e:
    print(type(e).__name__ + ":", e)
